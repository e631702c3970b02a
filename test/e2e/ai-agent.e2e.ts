/* eslint-disable @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * End-to-end: examples/ai-agent-libredesk-tool.json in a real n8n, where n8n's AI Agent calls the
 * Libredesk node as its tools. The chat model is a scripted OpenAI-compatible stub (the one part
 * that is not real); the agent, the tool wrapping with $fromAI() and the Libredesk node are n8n's
 * and this package's own code, sending real requests to the Libredesk API simulator.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import { N8nInstance } from '../../scripts/lib/instance';
import { REPO_ROOT, ensureRuntime, packPackage } from '../../scripts/lib/runtime';
import { libredeskCredential, variant } from '../../scripts/lib/workflows';
import type { Workflow } from '../../scripts/lib/workflows';
import { startSimulator } from '../../simulator/server';
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { privateNotesOn, seedConversation } from '../helpers/seed';
import { startChatModelStub } from './ai/chat-model-stub';
import type { ChatModelStub, ChatRequest } from './ai/chat-model-stub';

const CONTACT = 'pat.printer@example.com';
const NOTE = 'Called Pat back about the printer.';
const ANSWER = 'Added a private note to the conversation.';
const OPENAI_CREDENTIAL = { id: 'openAiStubCred1', name: 'OpenAI (stub)' };

let sim: Simulator;
let model: ChatModelStub;
let n8n: N8nInstance;

const toolName = (request: ChatRequest, pattern: RegExp) => {
	const name = request.tools
		?.map((tool) => tool.function.name)
		.find((candidate) => pattern.test(candidate));
	if (!name)
		throw new Error(
			`no tool matching ${pattern} offered: ${JSON.stringify(request.tools?.map((tool) => tool.function.name))}`,
		);
	return name;
};

/** The example, started by hand with a fixed chat message instead of n8n's chat window. */
function runnableExample(): Workflow {
	const example = JSON.parse(
		readFileSync(join(REPO_ROOT, 'examples', 'ai-agent-libredesk-tool.json'), 'utf8'),
	) as Workflow;
	const workflow = variant(example, 'ldAiAgentRun001', 'AI Agent', {
		promptType: 'define',
		text: `Find the conversation of ${CONTACT} and note that we called back.`,
	});
	const chat = workflow.nodes.find((node) => node.name === 'When chat message received');
	Object.assign(chat ?? {}, {
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		parameters: {},
	});
	const chatModel = workflow.nodes.find((node) => node.name === 'OpenAI Chat Model');
	if (chatModel) chatModel.credentials = { openAiApi: OPENAI_CREDENTIAL };
	return workflow;
}

beforeAll(async () => {
	sim = await startSimulator();
	// Search, then note on the conversation the search found, then answer.
	model = await startChatModelStub((request) => {
		const results = request.messages.filter((message) => message.role === 'tool');
		if (results.length === 0)
			return { name: toolName(request, /search/i), arguments: { query: CONTACT } };
		if (results.length === 1) {
			const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(
				results[0].content ?? '',
			)?.[0];
			return {
				name: toolName(request, /note/i),
				arguments: { conversation_uuid: uuid, note: NOTE },
			};
		}
		return ANSWER;
	});
	n8n = new N8nInstance(ensureRuntime(), packPackage());
	await n8n.importCredentials([
		libredeskCredential({
			baseUrl: sim.url,
			apiKey: SEED_KEYS.admin.key,
			apiSecret: SEED_KEYS.admin.secret,
		}),
		{ ...OPENAI_CREDENTIAL, type: 'openAiApi', data: { apiKey: 'sk-stub-key', url: model.url } },
	]);
	await n8n.importWorkflow(runnableExample());
});

afterAll(async () => {
	await model?.close();
	await sim?.close();
});

it("n8n's AI Agent finds a conversation and adds a private note through the Libredesk tools", async () => {
	const conversation = await seedConversation(sim, {
		subject: 'Printer on fire',
		contact_email: CONTACT,
		first_name: 'Pat',
	});
	sim.clearRequests();

	const result = await n8n.execute('ldAiAgentRun001');
	expect(result.run?.status).toBe('success');
	expect(result.run?.data.resultData.runData['AI Agent'][0].data?.main[0][0].json).toEqual({
		output: ANSWER,
	});

	// The model was offered both Libredesk tools, with the descriptions the example gives them.
	expect(model.requests).toHaveLength(3);
	expect(model.requests[0].tools?.map((tool) => tool.function.description)).toEqual(
		expect.arrayContaining([
			expect.stringContaining(
				'Search Libredesk conversations by reference number, subject or contact email',
			),
			expect.stringContaining('Add a private note, visible only to agents'),
		]),
	);
	// The tools sent what the model asked for, with the credential.
	const search = sim.requests.find(
		(request) => request.method === 'GET' && request.path === '/api/v1/conversations/search',
	);
	expect(search?.query.query).toBe(CONTACT);
	expect(search?.headers.authorization).toMatch(/^Basic /);
	const notes = privateNotesOn(sim, conversation.id);
	expect(notes.map((note) => note.content)).toEqual([`<p>${NOTE}</p>`]);
	// The search result reached the model as the tool's answer.
	expect(model.requests[1].messages.find((message) => message.role === 'tool')?.content).toContain(
		conversation.uuid,
	);
	expect(result.stdout + result.stderr).not.toContain(SEED_KEYS.admin.secret);
});
