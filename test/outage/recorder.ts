/* eslint-disable @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The sink the outage workflows post every item they let through to: an HTTP server on loopback in
 * the test process that keeps each body, tagged by the workflow that sent it.
 */
import { createServer } from 'http';
import type { AddressInfo } from 'net';

export interface Fired {
	/** Which n8n and set-up sent it: `<mode>/no-loss` (both triggers, Event → Deduplicate) or `<mode>/webhook-alone`. */
	tag: string;
	/** Which trigger started the run (`webhook` or `poll`). */
	via: string;
	item: Record<string, unknown>;
	at: number;
}

export interface Recorder {
	url: string;
	fired: Fired[];
	close(): Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
	const fired: Fired[] = [];
	const server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk: Buffer) => (body += chunk.toString()));
		request.on('end', () => {
			try {
				fired.push({ ...(JSON.parse(body) as Omit<Fired, 'at'>), at: Date.now() });
				response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
			} catch {
				response.writeHead(400).end();
			}
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/fired`,
		fired,
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}
