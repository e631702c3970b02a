/* eslint-disable @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * A scripted OpenAI-compatible chat model for the AI Agent end-to-end test: it answers
 * `POST /v1/chat/completions` by calling the agent's tools in a fixed order, each step decided
 * from the tool results so far, then answers in words. It stands in for the model only; the tools
 * it calls are the real Libredesk node inside a real n8n. Records every request.
 */
import { createServer } from 'http';
import type { AddressInfo } from 'net';

export interface ChatMessage {
	role: string;
	content?: string | null;
	tool_call_id?: string;
}
export interface ChatRequest {
	model: string;
	stream?: boolean;
	messages: ChatMessage[];
	tools?: Array<{
		type: string;
		function: { name: string; description?: string; parameters?: unknown };
	}>;
}
export interface ToolCall {
	name: string;
	arguments: Record<string, unknown>;
}
/** The next tool call, or the final text, given the conversation so far. */
export type Script = (request: ChatRequest) => ToolCall | string;

export interface ChatModelStub {
	url: string;
	requests: ChatRequest[];
	close(): Promise<void>;
}

function completion(model: string, step: ToolCall | string, index: number): object {
	const message =
		typeof step === 'string'
			? { role: 'assistant', content: step }
			: {
					role: 'assistant',
					content: null,
					tool_calls: [
						{
							id: `call_${index}`,
							type: 'function',
							function: { name: step.name, arguments: JSON.stringify(step.arguments) },
						},
					],
				};
	return {
		id: `chatcmpl-${index}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [
			{ index: 0, message, finish_reason: typeof step === 'string' ? 'stop' : 'tool_calls' },
		],
		usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
	};
}

/** The same answer as server-sent chunks, for a client that asked for a stream. */
function chunks(model: string, step: ToolCall | string, index: number): string {
	const base = {
		id: `chatcmpl-${index}`,
		object: 'chat.completion.chunk',
		created: Math.floor(Date.now() / 1000),
		model,
	};
	const delta =
		typeof step === 'string'
			? { role: 'assistant', content: step }
			: {
					role: 'assistant',
					tool_calls: [
						{
							index: 0,
							id: `call_${index}`,
							type: 'function',
							function: { name: step.name, arguments: JSON.stringify(step.arguments) },
						},
					],
				};
	const events = [
		{ ...base, choices: [{ index: 0, delta, finish_reason: null }] },
		{
			...base,
			choices: [
				{ index: 0, delta: {}, finish_reason: typeof step === 'string' ? 'stop' : 'tool_calls' },
			],
			usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
		},
	];
	return events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('') + 'data: [DONE]\n\n';
}

export async function startChatModelStub(script: Script): Promise<ChatModelStub> {
	const requests: ChatRequest[] = [];
	const server = createServer((req, res) => {
		let body = '';
		req.on('data', (chunk: Buffer) => (body += chunk.toString()));
		req.on('end', () => {
			if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
				res
					.writeHead(404, { 'content-type': 'application/json' })
					.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
				return;
			}
			const request = JSON.parse(body) as ChatRequest;
			requests.push(request);
			let step: ToolCall | string;
			try {
				step = script(request);
			} catch (error) {
				res
					.writeHead(500, { 'content-type': 'application/json' })
					.end(JSON.stringify({ error: { message: (error as Error).message } }));
				return;
			}
			if (request.stream) {
				res
					.writeHead(200, { 'content-type': 'text/event-stream' })
					.end(chunks(request.model, step, requests.length));
			} else {
				res
					.writeHead(200, { 'content-type': 'application/json' })
					.end(JSON.stringify(completion(request.model, step, requests.length)));
			}
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/v1`,
		requests,
		close: async () => await new Promise<void>((done) => server.close(() => done())),
	};
}
