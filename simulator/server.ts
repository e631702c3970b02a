/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- the API simulator: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The Libredesk API simulator: a plain Node HTTP(S) server that answers like Libredesk v2.7.0 as
 * described in docs/libredesk-api-notes.md. It records every request so tests can assert what the
 * node sent (and that it sent nothing), and can add latency or inject faults.
 */
import { readFileSync } from 'fs';
import { createServer as createHttpServer } from 'http';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import { createServer as createHttpsServer } from 'https';
import type { AddressInfo, Socket } from 'net';
import { join } from 'path';

import { authenticate } from './auth';
import { errors, fail } from './http';
import type { SimResponse } from './http';
import type { Route, RouteContext } from './route';
import { agentRoutes } from './routes/agents';
import { automationRoutes } from './routes/automations';
import { contactRoutes } from './routes/contacts';
import { conversationExtraRoutes } from './routes/conversationExtras';
import { conversationListRoutes } from './routes/conversationLists';
import { conversationRoutes } from './routes/conversations';
import { conversationUpdateRoutes } from './routes/conversationUpdates';
import { customAttributeRoutes } from './routes/customAttributes';
import { definitionRoutes } from './routes/definitions';
import { inboxRoutes } from './routes/inboxes';
import { lookupRoutes } from './routes/lookupLists';
import { macroRoutes } from './routes/macros';
import { macroWriteRoutes } from './routes/macroWrites';
import { mediaRoutes } from './routes/media';
import { messageDetailRoutes } from './routes/messageDetails';
import { messageRoutes } from './routes/messages';
import { messageSearchRoutes } from './routes/messageSearch';
import { reportRoutes } from './routes/reports';
import { slaBusinessHoursRoutes } from './routes/slaBusinessHours';
import { statusRoutes } from './routes/statuses';
import { transcriptRoutes } from './routes/transcript';
import { tagRoutes } from './routes/tags';
import { teamRoutes } from './routes/teams';
import { uploadRoutes } from './routes/uploads';
import { webhookRoutes } from './routes/webhooks';
import { SimState } from './state';
import type { Json, User } from './state';
import { WebhookDispatcher } from './webhooks';

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
	/** The body parsed as JSON, when it is JSON. */
	json?: unknown;
	/** What the simulator answered (absent for a dropped connection). */
	response?: { status: number; body: unknown };
	/** When the request arrived and when it was answered (ms since the epoch). */
	receivedAt: number;
	answeredAt?: number;
}

/** Milliseconds to wait before answering: fixed, or chosen per request (e.g. from its body). */
export type Latency = number | ((request: RecordedRequest) => number);

/** A fault applied to the next matching requests instead of the real answer. */
export interface Fault {
	/** Only requests whose `METHOD path` matches, e.g. /^POST \/api\/v1\/conversations$/. */
	match?: RegExp;
	/** How many requests it applies to (default 1). */
	times?: number;
	kind: 'status' | 'drop';
	status?: number;
	retryAfterSeconds?: number;
	/** The body to answer with instead of the default error envelope. */
	body?: Json;
	/** Bytes to answer with as they are (say a proxy's HTML login page, or JSON cut short). */
	raw?: { contentType: string; text: string };
}

export interface SimulatorOptions {
	port?: number;
	host?: string;
	tls?: boolean;
	latencyMs?: Latency;
}

export interface Simulator {
	url: string;
	port: number;
	state: SimState;
	requests: RecordedRequest[];
	/** Outgoing webhook deliveries, and `emit` to send an event now. */
	webhooks: WebhookDispatcher;
	/** The most requests that were being handled at the same time since the last clearRequests. */
	readonly maxInFlight: number;
	/** Forgets the recorded requests (and resets maxInFlight), e.g. after a test's own set-up calls. */
	clearRequests(): void;
	injectFault(fault: Fault): void;
	setLatency(latency: Latency): void;
	close(): Promise<void>;
}

const ALL_ROUTES: Route[] = [
	...lookupRoutes,
	...conversationRoutes,
	...conversationListRoutes,
	...conversationUpdateRoutes,
	...messageRoutes,
	...messageDetailRoutes,
	...uploadRoutes,
	...macroRoutes,
	...conversationExtraRoutes,
	...definitionRoutes,
	...contactRoutes,
	...mediaRoutes,
	...webhookRoutes,
	...reportRoutes,
	...transcriptRoutes,
	...messageSearchRoutes,
	...tagRoutes,
	...teamRoutes,
	...agentRoutes,
	...statusRoutes,
	...automationRoutes,
	...inboxRoutes,
	...slaBusinessHoursRoutes,
	...customAttributeRoutes,
	...macroWriteRoutes,
];

function compile(route: Route) {
	const names: string[] = [];
	const pattern = route.path.replace(/:([a-z]+)/g, (_m, name: string) => {
		names.push(name);
		return '([^/]+)';
	});
	return { route, regex: new RegExp(`^${pattern}$`), names };
}

const COMPILED = ALL_ROUTES.map(compile);

function resolve(
	method: string,
	path: string,
): { route?: Route; params: Record<string, string>; response?: SimResponse } {
	const byPath = COMPILED.map((entry) => ({ entry, match: entry.regex.exec(path) })).filter(
		(hit) => hit.match,
	);
	if (byPath.length === 0)
		return { params: {}, response: fail(404, 'Route not found', 'GeneralException') };
	// Literal segments win over parameters (fasthttp router), e.g. /teams/compact before /teams/:id.
	const sorted = byPath.sort((a, b) => a.entry.names.length - b.entry.names.length);
	const hit = sorted.find((candidate) => candidate.entry.route.method === method);
	if (!hit)
		return { params: {}, response: fail(405, 'Request method not allowed', 'GeneralException') };
	const params: Record<string, string> = {};
	hit.entry.names.forEach(
		(name, index) => (params[name] = decodeURIComponent(hit.match![index + 1])),
	);
	return { route: hit.entry.route, params };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolveBody, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolveBody(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
	const state = new SimState();
	const webhooks = new WebhookDispatcher(state);
	const requests: RecordedRequest[] = [];
	const faults: Fault[] = [];
	let latency: Latency = options.latencyMs ?? 0;
	const sockets = new Set<Socket>();
	let origin = '';
	let inFlight = 0;
	let maxInFlight = 0;

	const handler = async (req: IncomingMessage, res: ServerResponse) => {
		const receivedAt = Date.now();
		const url = new URL(req.url ?? '/', 'http://simulator');
		const body = await readBody(req);
		const query: Record<string, string | string[]> = {};
		for (const key of new Set(url.searchParams.keys())) {
			const values = url.searchParams.getAll(key);
			query[key] = values.length === 1 ? values[0] : values;
		}
		let json: unknown;
		if ((req.headers['content-type'] ?? '').includes('json')) {
			try {
				json = JSON.parse(body.toString('utf8'));
			} catch {
				json = undefined;
			}
		}
		const method = req.method ?? 'GET';
		const record: RecordedRequest = {
			method,
			path: url.pathname,
			query,
			headers: { ...req.headers },
			body,
			json,
			receivedAt,
		};
		requests.push(record);
		const send = (response: SimResponse) => {
			record.response = { status: response.status, body: response.body };
			record.answeredAt = Date.now();
			write(res, response);
		};

		const delay = typeof latency === 'function' ? latency(record) : latency;
		if (delay > 0) await new Promise((done) => setTimeout(done, delay));

		const faultIndex = faults.findIndex(
			(fault) => !fault.match || fault.match.test(`${method} ${url.pathname}`),
		);
		if (faultIndex !== -1) {
			const fault = faults[faultIndex];
			fault.times = (fault.times ?? 1) - 1;
			if (fault.times <= 0) faults.splice(faultIndex, 1);
			if (fault.kind === 'drop') {
				req.socket.destroy();
				return;
			}
			const status = fault.status ?? 500;
			if (fault.raw)
				return send({
					status,
					body: Buffer.from(fault.raw.text),
					headers: { 'Content-Type': fault.raw.contentType },
				});
			const injected =
				fault.body !== undefined
					? { status, body: fault.body }
					: status === 429
						? { status, body: { status: 'error', message: 'Rate limit exceeded' } }
						: status >= 500
							? errors.general(status)
							: fail(status, 'Injected fault', 'GeneralException');
			return send({
				...injected,
				headers:
					fault.retryAfterSeconds !== undefined
						? { 'Retry-After': String(fault.retryAfterSeconds) }
						: undefined,
			});
		}

		const { route, params, response } = resolve(method, url.pathname);
		if (!route) return send(response!);
		// What a route sees of this request, with the caller it runs as.
		const contextFor = (user: User, permissions: string[]): RouteContext => ({
			state,
			req,
			params,
			query: url.searchParams,
			body,
			user,
			permissions,
			origin,
			webhooks,
		});
		if (route.guard === 'public') return send(route.handle(contextFor(state.users[0], [])));
		const auth = authenticate(req, state);
		if ('response' in auth) return send(auth.response);
		if (route.guard !== 'auth' && !auth.permissions.includes(route.guard))
			return send(errors.permission());
		try {
			return send(route.handle(contextFor(auth.user, auth.permissions)));
		} catch (error) {
			// A bug in the simulator must show up in the test, not as a silent hang.
			return send(errors.general(500, `Simulator failure: ${(error as Error).message}`));
		}
	};

	const listener = (req: IncomingMessage, res: ServerResponse) => {
		maxInFlight = Math.max(maxInFlight, ++inFlight);
		res.once('close', () => inFlight--);
		handler(req, res).catch((error: Error) =>
			write(res, errors.general(500, `Simulator failure: ${error.message}`)),
		);
	};
	const server: Server = options.tls
		? createHttpsServer(
				{
					key: readFileSync(join(__dirname, 'tls', 'key.pem')),
					cert: readFileSync(join(__dirname, 'tls', 'cert.pem')),
				},
				listener,
			)
		: createHttpServer(listener);
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((ready) =>
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', ready),
	);
	const port = (server.address() as AddressInfo).port;
	origin = `${options.tls ? 'https' : 'http'}://${options.host === '0.0.0.0' ? '127.0.0.1' : (options.host ?? '127.0.0.1')}:${port}`;

	return {
		url: origin,
		port,
		state,
		requests,
		webhooks,
		get maxInFlight() {
			return maxInFlight;
		},
		clearRequests: () => {
			requests.splice(0, requests.length);
			maxInFlight = inFlight;
		},
		injectFault: (fault) => faults.push(fault),
		setLatency: (next) => (latency = next),
		close: () =>
			new Promise<void>((closed) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => closed());
			}),
	};
}

function write(res: ServerResponse, response: SimResponse): void {
	if (res.headersSent || res.destroyed) return;
	const payload =
		typeof response.body === 'string' || Buffer.isBuffer(response.body)
			? response.body
			: JSON.stringify(response.body);
	res.writeHead(response.status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(payload),
		...(response.headers ?? {}),
	});
	res.end(payload);
}
