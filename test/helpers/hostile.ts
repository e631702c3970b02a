/* eslint-disable @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * A misbehaving HTTP server for fault tests: each test gives the handler that lies, hangs,
 * redirects or floods. Every request is recorded with its headers, so a test can prove what
 * (and which credential) reached it.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import type { LibredeskCredentialData } from './n8n';

export interface SeenRequest {
	method: string;
	url: string;
	headers: IncomingHttpHeaders;
}

export interface HostileServer {
	url: string;
	requests: SeenRequest[];
	handle(handler: (request: IncomingMessage, response: ServerResponse) => void): void;
	close(): Promise<void>;
}

export async function startHostile(): Promise<HostileServer> {
	let handler: (request: IncomingMessage, response: ServerResponse) => void = (
		_request,
		response,
	) => response.end();
	const requests: SeenRequest[] = [];
	const sockets = new Set<Socket>();
	const server: Server = createServer((request, response) => {
		requests.push({
			method: request.method ?? '',
			url: request.url ?? '',
			headers: request.headers,
		});
		request.resume();
		handler(request, response);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		requests,
		handle(next) {
			handler = next;
		},
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** Starts a hostile server per test file; `requests` is emptied before each test. */
export function useHostile(): { readonly server: HostileServer } {
	const holder: { server?: HostileServer } = {};
	beforeAll(async () => {
		holder.server = await startHostile();
	});
	beforeEach(() => {
		holder.server?.requests.splice(0);
	});
	afterAll(async () => {
		await holder.server?.close();
	});
	return {
		get server(): HostileServer {
			if (!holder.server) throw new Error('server not started');
			return holder.server;
		},
	};
}

/** Libredesk's success envelope. */
export function envelope(data: unknown): string {
	return JSON.stringify({ status: 'success', data });
}

/**
 * Answers each request by `METHOD /path` (query left out) with Libredesk's envelope of the data
 * `answers` holds for it, or Libredesk's 404. The record is read per request, so a test can change
 * an answer between calls (e.g. a good page first, then one Libredesk never sends).
 */
export function answerByRoute(server: HostileServer, answers: Record<string, unknown>): void {
	server.handle((request, response) => {
		const route = `${request.method ?? ''} ${new URL(request.url ?? '/', 'http://x').pathname}`;
		response.writeHead(route in answers ? 200 : 404, { 'Content-Type': 'application/json' });
		response.end(
			route in answers
				? envelope(answers[route])
				: JSON.stringify({ status: 'error', message: 'Not found', error_type: 'NotFoundError' }),
		);
	});
}

/** A credential for the hostile server (a key and secret of its own, never a real one). */
export function hostileCredentials(server: HostileServer): LibredeskCredentialData {
	return {
		baseUrl: server.url,
		apiKey: 'hostile-key',
		apiSecret: 'hostile-secret',
		allowUnauthorizedCerts: false,
	};
}

/** The answers a Libredesk Trigger's activation needs: no webhook yet, then webhook 7. */
export const REGISTRATION_ROUTES: Record<string, unknown> = {
	'GET /api/v1/webhooks': [],
	'POST /api/v1/webhooks': { id: 7 },
};
