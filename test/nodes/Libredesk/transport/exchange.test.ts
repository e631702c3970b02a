/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-hardcoded-secrets -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The fault matrix: servers that redirect, hang, flood or cut the line, started by the test, and
 * the node run through n8n-core against them. What must hold: the credential never reaches
 * another origin, nothing is sent twice, no request waits forever, no answer is read unbounded.
 */
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import type { NodeApiError } from 'n8n-workflow';

import { MAX_REDIRECTS, MAX_RESPONSE_BYTES } from '../../../../nodes/Libredesk/transport/exchange';
import { envelope, useHostile } from '../../../helpers/hostile';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import type { LibredeskCredentialData } from '../../../helpers/n8n';
import { expectNoSecrets } from '../../../helpers/secrets';

const KEY = 'hostile-test-key';
const SECRET = 'hostile-test-secret-4711';
const UUID = '0b6c5a4e-1f7d-4a43-9d36-2b1f1d1c9e01';
const CONVERSATION = { uuid: UUID, reference_number: '100', subject: 'S' };

const desk = useHostile();
const elsewhere = useHostile();

const credentials = (
	overrides: Partial<LibredeskCredentialData> = {},
): LibredeskCredentialData => ({
	baseUrl: desk.server.url,
	apiKey: KEY,
	apiSecret: SECRET,
	allowUnauthorizedCerts: false,
	...overrides,
});
const create = (overrides: Partial<LibredeskCredentialData> = {}) =>
	runNode(
		libredeskNode({
			resource: 'conversation',
			operation: 'create',
			inboxId: { __rl: true, mode: 'id', value: '1' },
			contactEmail: 'fault@example.com',
			firstName: 'F',
			content: 'x',
		}),
		[{ json: {} }],
		credentials(overrides),
	);
const get = (overrides: Partial<LibredeskCredentialData> = {}) =>
	runNode(
		libredeskNode({
			resource: 'conversation',
			operation: 'get',
			conversationId: { __rl: true, mode: 'id', value: UUID },
			simplify: false,
		}),
		[{ json: {} }],
		credentials(overrides),
	);
const failure = async (run: Promise<unknown>) => {
	const error = (await run.then(
		() => undefined,
		(caught: unknown) => caught,
	)) as NodeApiError;
	expect(error).toBeDefined();
	expectNoSecrets(error, KEY, SECRET);
	return error;
};

describe('redirects', () => {
	it.each([301, 302, 303, 307, 308])(
		'a create redirected (%i) to another origin fails and sends nothing there',
		async (status) => {
			elsewhere.server.handle((_request, response) =>
				response
					.writeHead(200, { 'Content-Type': 'application/json' })
					.end(envelope({ uuid: 'forged' })),
			);
			desk.server.handle((_request, response) =>
				response
					.writeHead(status, { Location: `${elsewhere.server.url}/api/v1/conversations` })
					.end(),
			);
			const error = await failure(create());
			expect(error.message).toMatch(
				new RegExp(
					`redirect \\(HTTP ${status}\\) to another address, ${elsewhere.server.url}; the node does not send the API key there`,
				),
			);
			expect(elsewhere.server.requests).toHaveLength(0);
			expect(desk.server.requests).toHaveLength(1);
		},
	);

	it('a read redirected to another origin fails and sends nothing there', async () => {
		desk.server.handle((_request, response) =>
			response.writeHead(302, { Location: `${elsewhere.server.url}/steal` }).end(),
		);
		const error = await failure(get());
		expect(error.message).toMatch(/to another address/);
		expect(elsewhere.server.requests).toHaveLength(0);
	});

	it('a read redirected within the origin is followed, with the credential', async () => {
		desk.server.handle((request, response) => {
			if (request.url?.startsWith('/moved/'))
				response.writeHead(200, { 'Content-Type': 'application/json' }).end(envelope(CONVERSATION));
			else response.writeHead(301, { Location: `/moved${request.url}` }).end();
		});
		const [output] = await get();
		expect(output.json.uuid).toBe(UUID);
		expect(desk.server.requests.map((request) => request.url)).toEqual([
			`/api/v1/conversations/${UUID}`,
			`/moved/api/v1/conversations/${UUID}`,
		]);
		expect(desk.server.requests[1].headers.authorization).toBe(
			`Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`,
		);
	});

	it('a redirect loop ends after a few hops', async () => {
		desk.server.handle((request, response) =>
			response.writeHead(302, { Location: request.url ?? '/' }).end(),
		);
		const error = await failure(get());
		expect(error.message).toMatch(new RegExp(`more than ${MAX_REDIRECTS} times`));
		expect(desk.server.requests).toHaveLength(MAX_REDIRECTS + 1);
	});

	it('a create redirected within the origin is not sent again', async () => {
		desk.server.handle((request, response) =>
			response.writeHead(307, { Location: `/again${request.url}` }).end(),
		);
		const error = await failure(create());
		expect(error.message).toMatch(
			/does not follow redirects of changes, so that nothing is sent twice/,
		);
		expect(desk.server.requests).toHaveLength(1);
	});
});

describe('timeouts', () => {
	it('a create that is never answered fails after the credential timeout and says it may exist', async () => {
		desk.server.handle(() => undefined);
		const started = Date.now();
		const error = await failure(create({ timeout: 1 }));
		expect(Date.now() - started).toBeLessThan(10_000);
		expect(error.message).toMatch(/cut or timed out \((ETIMEDOUT|ECONNABORTED)\)/);
		expect(error.description).toMatch(/raise Timeout in the Libredesk API credential/);
		expect(error.description).toMatch(
			/conversation may have been created: look for the newest conversation of fault@example.com/,
		);
		expect(error.description).toMatch(/keep it off/);
		expect(desk.server.requests).toHaveLength(1);
	});

	it('an answer whose body never ends fails after the timeout', async () => {
		desk.server.handle((_request, response) => {
			response.writeHead(200, { 'Content-Type': 'application/json' });
			response.write('{"status":"success","data":{');
		});
		const error = await failure(create({ timeout: 1 }));
		expect(error.message).toMatch(/cut or timed out/);
		expect(error.description).toMatch(/may have been created/);
	});

	it('a read that is never answered is tried at most three times, each bounded', async () => {
		desk.server.handle(() => undefined);
		const error = await failure(get({ timeout: 0.5 }));
		expect(error.message).toMatch(/cut or timed out/);
		expect(desk.server.requests).toHaveLength(3);
	});
});

describe('a connection Libredesk closed while idle', () => {
	/**
	 * Libredesk closes keep-alive connections idle for 8 s; a request written on one just as it
	 * closes gets "socket hang up" before any answer byte. This server answers the first request
	 * with keep-alive, closes that connection once idle (a short keep-alive timeout), and hangs up
	 * on the next request without a byte of answer; `then` answers every later request.
	 */
	interface Seen {
		method: string;
		connection: number;
		at: number;
	}
	const closingServer = async (then: (seen: number) => [number, string]) => {
		const seen: Seen[] = [];
		const sockets = new Set<Socket>();
		let connections = 0;
		const connectionOf = new WeakMap<Socket, number>();
		const server = createServer((request, response) => {
			request.resume();
			seen.push({
				method: request.method ?? '',
				connection: connectionOf.get(request.socket) ?? 0,
				at: Date.now(),
			});
			if (seen.length === 2) return void request.socket.destroy();
			const [status, body] = seen.length === 1 ? [200, envelope(CONVERSATION)] : then(seen.length);
			response.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
		});
		server.keepAliveTimeout = 50;
		server.on('connection', (socket) => {
			connectionOf.set(socket, ++connections);
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		return {
			url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
			seen,
			close: async () => {
				for (const socket of sockets) socket.destroy();
				await new Promise<void>((done) => server.close(() => done()));
			},
		};
	};
	const answered = (): [number, string] => [200, envelope(CONVERSATION)];
	const afterIdle = () => new Promise((done) => setTimeout(done, 150));

	it('a read that hangs up before any answer byte is sent again at once on a new connection', async () => {
		const server = await closingServer(answered);
		try {
			await get({ baseUrl: server.url });
			await afterIdle();
			const [output] = await get({ baseUrl: server.url });
			expect(output.json.uuid).toBe(UUID);
			expect(server.seen.map((request) => request.method)).toEqual(['GET', 'GET', 'GET']);
			// Three connections: the idle one closed, the one that hung up, the retry's own.
			expect(new Set(server.seen.map((request) => request.connection)).size).toBe(3);
			// At once: not after the backoff (500 ms) that a failed attempt waits.
			expect(server.seen[2].at - server.seen[1].at).toBeLessThan(450);
		} finally {
			await server.close();
		}
	});

	it('the hang-up is not one of the three attempts a read has', async () => {
		// Hang-up, then 503 twice: the read still gets its three attempts at Libredesk.
		const server = await closingServer((seen) =>
			seen <= 4 ? [503, '{"status":"error","message":"busy"}'] : answered(),
		);
		try {
			await get({ baseUrl: server.url });
			await afterIdle();
			const [output] = await get({ baseUrl: server.url });
			expect(output.json.uuid).toBe(UUID);
			expect(server.seen).toHaveLength(5);
		} finally {
			await server.close();
		}
	});

	it("a create that hangs up the same way fails with the node's error and is not sent again", async () => {
		const server = await closingServer(answered);
		try {
			await get({ baseUrl: server.url });
			await afterIdle();
			const error = await failure(create({ baseUrl: server.url }));
			expect(error.message).toMatch(/cut or timed out \(ECONNRESET\)/);
			expect(error.description).toMatch(/conversation may have been created/);
			expect(server.seen.map((request) => request.method)).toEqual(['GET', 'POST']);
		} finally {
			await server.close();
		}
	});
});

describe('response size', () => {
	it('an answer that announces more than the cap is refused without reading it', async () => {
		desk.server.handle((_request, response) => {
			response.writeHead(200, {
				'Content-Type': 'application/json',
				'Content-Length': String(MAX_RESPONSE_BYTES * 4),
			});
			response.write('{"status":"success","data":"');
		});
		const error = await failure(get());
		expect(error.message).toMatch(/is larger than 32 MB; the node stopped reading it/);
		expect(desk.server.requests).toHaveLength(1);
	});

	it('a streamed answer is cut off at the cap', async () => {
		let sent = 0;
		desk.server.handle((_request, response) => {
			response.writeHead(200, { 'Content-Type': 'text/html' });
			const chunk = Buffer.alloc(1024 * 1024, 'a');
			const pump = () => {
				while (sent < MAX_RESPONSE_BYTES * 3) {
					sent += chunk.length;
					if (!response.write(chunk)) return void response.once('drain', pump);
				}
				response.end();
			};
			response.on('error', () => undefined);
			pump();
		});
		const error = await failure(get());
		expect(error.message).toMatch(/larger than 32 MB/);
		expect(sent).toBeLessThan(MAX_RESPONSE_BYTES * 3);
	});
});

describe('ambiguous failures of a create', () => {
	it('a reset after a partial answer says the conversation may exist and is not sent again', async () => {
		desk.server.handle((request, response) => {
			response.writeHead(200, { 'Content-Type': 'application/json' });
			response.write('{"status":"succ');
			setTimeout(() => request.socket.destroy(), 20);
		});
		const error = await failure(create());
		expect(error.description).toMatch(/conversation may have been created/);
		expect(desk.server.requests).toHaveLength(1);
	});

	it('an HTML 504 from a proxy says the conversation may exist and is not sent again', async () => {
		desk.server.handle((_request, response) =>
			response
				.writeHead(504, { 'Content-Type': 'text/html' })
				.end('<html><body><h1>504 Gateway Time-out</h1></body></html>'),
		);
		const error = await failure(create());
		expect(error.message).toBe(
			'Libredesk: HTTP 504 without a Libredesk error message (HTTP 504, NetworkException)',
		);
		expect(error.description).toMatch(
			/conversation may have been created: look for the newest conversation of fault@example.com/,
		);
		expect(error.description).not.toMatch(/node setting Retry On Fail/);
		expect(desk.server.requests).toHaveLength(1);
	});

	it('a 200 that is not a Libredesk answer says the conversation may exist', async () => {
		desk.server.handle((_request, response) =>
			response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>login</html>'),
		);
		const error = await failure(create());
		expect(error.message).toMatch(/something other than a Libredesk API response/);
		expect(error.description).toMatch(/conversation may have been created/);
	});
});

describe('secrets in server texts', () => {
	it('a server message that echoes the Authorization header is cleaned', async () => {
		desk.server.handle((request, response) =>
			response.writeHead(400, { 'Content-Type': 'application/json' }).end(
				JSON.stringify({
					status: 'error',
					error_type: 'InputException',
					message: `bad request; authorization: ${request.headers.authorization}; secret=${SECRET}`,
				}),
			),
		);
		const error = await failure(create());
		expect(error.message).toMatch(/^Libredesk: bad request; authorization: /);
		expect(error.message).toContain('[redacted]');
	});
});

describe('base URLs that would send the request elsewhere', () => {
	it.each([
		[
			'a user name and password',
			(url: string) => url.replace('http://', 'http://admin:hunter2-password@'),
			/contains a user name or password/,
		],
		['a query', (url: string) => `${url}?next=/x`, /contains a query/],
		['a fragment', (url: string) => `${url}/#/inboxes`, /contains a fragment/],
		[
			'a pasted deep link',
			(url: string) => `${url}/inboxes/assigned/conversation/${UUID}`,
			/is the address of a page inside Libredesk/,
		],
		[
			'no slashes after the scheme',
			(url: string) => url.replace('http://', 'http:'),
			/is not a web address starting with https:\/\/ or http:\/\//,
		],
	])('a Base URL with %s is refused before any request', async (_case, change, expected) => {
		const error = await failure(create({ baseUrl: change(desk.server.url) }));
		expect(error.message).toMatch(expected);
		expect(
			JSON.stringify({ message: error.message, description: error.description }),
		).not.toContain('hunter2-password');
		expect(desk.server.requests).toHaveLength(0);
	});
});
