import type { ICredentialType } from 'n8n-workflow';

import { LibredeskApi } from '../../credentials/LibredeskApi.credentials';
import { Libredesk } from '../../nodes/Libredesk/Libredesk.node';
import { LibredeskTrigger } from '../../nodes/LibredeskTrigger/LibredeskTrigger.node';
import { startSimulator } from '../../simulator/server';
import type { Simulator } from '../../simulator/server';
import { credentialsFor, useSimulator } from '../helpers/fixtures';
import { libredeskNode, runNode, testCredential } from '../helpers/n8n';
import type { LibredeskCredentialData } from '../helpers/n8n';
import { useHostile } from '../helpers/hostile';
import { expectNoSecrets } from '../helpers/secrets';

const ctx = useSimulator();

/** Conversation → Create with the given credential: what the node does with its Base URL. */
const createConversation = (credentials: LibredeskCredentialData) =>
	runNode(
		libredeskNode({
			resource: 'conversation',
			operation: 'create',
			inboxId: { __rl: true, mode: 'id', value: '1' },
			contactEmail: 'base-url@example.com',
			firstName: 'B',
			content: 'x',
		}),
		[{ json: {} }],
		credentials,
	);

describe("Libredesk API credential test (the nodes' test function on n8n-core's CredentialTestContext)", () => {
	it('succeeds with a good key and secret, calling GET /api/v1/agents/me with Basic auth', async () => {
		ctx.sim.clearRequests();
		await expect(testCredential(credentialsFor(ctx.sim))).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(ctx.sim.requests).toHaveLength(1);
		const [request] = ctx.sim.requests;
		expect([request.method, request.path]).toEqual(['GET', '/api/v1/agents/me']);
		const { SEED_KEYS } = await import('../../simulator/state');
		expect(request.headers.authorization).toBe(
			`Basic ${Buffer.from(`${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`).toString('base64')}`,
		);
	});

	it('fails with a clear message for a wrong secret', async () => {
		const result = await testCredential(credentialsFor(ctx.sim, { apiSecret: 'not-the-secret' }));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/did not accept the API key and secret/);
		expectNoSecrets(result);
	});

	it('fails for a disabled agent', async () => {
		const { SEED_KEYS } = await import('../../simulator/state');
		const result = await testCredential(
			credentialsFor(ctx.sim, {
				apiKey: SEED_KEYS.disabled.key,
				apiSecret: SEED_KEYS.disabled.secret,
			}),
		);
		expect(result.status).toBe('Error');
	});

	it.each(['/', '/api/v1', '/api/v1/', '  '])(
		'accepts a base URL ending in "%s"',
		async (suffix) => {
			ctx.sim.clearRequests();
			const result = await testCredential(
				credentialsFor(ctx.sim, { baseUrl: `${ctx.sim.url}${suffix}` }),
			);
			expect(result.status).toBe('OK');
			expect(ctx.sim.requests[0].path).toBe('/api/v1/agents/me');
		},
	);

	it('says so when no Libredesk API answers at the base URL', async () => {
		const result = await testCredential(
			credentialsFor(ctx.sim, { baseUrl: `${ctx.sim.url}/helpdesk` }),
		);
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(/No Libredesk API answers at this Base URL/),
		});
	});
});

describe('base URL forms in the node', () => {
	it.each(['/', '/api/v1', '/API/V1/'])(
		'the node reaches /api/v1 with a base URL ending in "%s"',
		async (suffix) => {
			ctx.sim.clearRequests();
			await createConversation(credentialsFor(ctx.sim, { baseUrl: `${ctx.sim.url}${suffix}` }));
			expect(ctx.sim.requests.map((request) => request.path)).toEqual(['/api/v1/conversations']);
		},
	);
});

describe('self-signed TLS', () => {
	let tls: Simulator;
	beforeAll(async () => {
		tls = await startSimulator({ tls: true });
	});
	afterAll(async () => {
		await tls.close();
	});
	const create = (allowUnauthorizedCerts: boolean) =>
		createConversation(credentialsFor(tls, { allowUnauthorizedCerts }));

	it('with "Ignore SSL Issues" off, the node fails and says how to fix it', async () => {
		const error = (await create(false).catch((caught: unknown) => caught)) as Error & {
			description?: string;
		};
		expect(error.message).toMatch(/TLS certificate of https:\/\/127\.0\.0\.1:\d+ is not trusted/);
		expect(error.description).toMatch(/turn on "Ignore SSL Issues"/);
		expect(tls.requests).toHaveLength(0);
	});

	it('with "Ignore SSL Issues" on, the node creates the conversation', async () => {
		const [output] = await create(true);
		expect(output.json.subject).toMatch(/ - #\d+$/);
	});

	it('the credential test honours the switch too', async () => {
		expect(await testCredential(credentialsFor(tls, { allowUnauthorizedCerts: false }))).toEqual({
			status: 'Error',
			message: expect.stringMatching(/is not trusted .*turn on "Ignore SSL Issues"/),
		});
		expect(
			(await testCredential(credentialsFor(tls, { allowUnauthorizedCerts: true }))).status,
		).toBe('OK');
	});
});

describe('credential test against a Base URL that redirects', () => {
	const desk = useHostile();
	const elsewhere = useHostile();

	it.each([301, 302, 307, 308])(
		'a %i to another host fails the test and sends the key nowhere',
		async (status) => {
			elsewhere.server.handle((_request, response) =>
				response
					.writeHead(200, { 'Content-Type': 'application/json' })
					.end('{"status":"success","data":{}}'),
			);
			desk.server.handle((_request, response) =>
				response.writeHead(status, { Location: `${elsewhere.server.url}/api/v1/agents/me` }).end(),
			);
			const result = await testCredential({
				baseUrl: desk.server.url,
				apiKey: 'k',
				apiSecret: 'redirect-secret',
				allowUnauthorizedCerts: false,
			});
			expect(result).toEqual({
				status: 'Error',
				message: expect.stringMatching(/The Base URL redirects elsewhere/),
			});
			expect(elsewhere.server.requests).toHaveLength(0);
			expect(desk.server.requests).toHaveLength(1);
		},
	);
});

describe('the credential test agrees with the node about the Base URL', () => {
	const create = (baseUrl: string) => createConversation(credentialsFor(ctx.sim, { baseUrl }));

	it("n8n runs the nodes' test function: the credential has no request test of its own", () => {
		expect((new LibredeskApi() as ICredentialType).test).toBeUndefined();
		for (const node of [new Libredesk(), new LibredeskTrigger()]) {
			expect(node.description.credentials).toEqual([
				{ name: 'libredeskApi', required: true, testedBy: 'libredeskApiTest' },
			]);
			expect(typeof node.methods.credentialTest.libredeskApiTest).toBe('function');
		}
	});

	it.each([
		['a query', (url: string) => `${url}/?next=/inboxes`, 'contains a query (?…)'],
		['a fragment', (url: string) => `${url}/#/inboxes`, 'contains a fragment (#…)'],
		[
			'a page inside Libredesk',
			(url: string) => `${url}/inboxes/1/conversations`,
			'is the address of a page inside Libredesk',
		],
		[
			'a javascript: scheme',
			() => 'javascript:alert(1)//',
			'is not a web address starting with https:// or http://',
		],
		[
			'a user name and password',
			(url: string) => url.replace('://', '://admin:pw@'),
			'contains a user name or password',
		],
	])(
		'with %s, both refuse it with the same words and send nothing',
		async (_case, baseUrl, problem) => {
			const url = baseUrl(ctx.sim.url);
			ctx.sim.clearRequests();
			const tested = await testCredential(credentialsFor(ctx.sim, { baseUrl: url }));
			const refusal = `The Base URL of the Libredesk API credential ${problem}`;
			expect(tested).toEqual({
				status: 'Error',
				message: `${refusal}. Set it to the address you open Libredesk at, with nothing after the host name, e.g. https://desk.example.com`,
			});
			await expect(create(url)).rejects.toThrow(refusal);
			expect(ctx.sim.requests).toHaveLength(0);
			expect(tested.message).not.toContain('pw');
		},
	);
});

describe('credential test against a server that is not Libredesk', () => {
	const hostile = useHostile();
	const secret = 'not-libredesk-secret';
	const test = () =>
		testCredential({
			baseUrl: hostile.server.url,
			apiKey: 'some-key',
			apiSecret: secret,
			allowUnauthorizedCerts: false,
		});

	it('a page answered 200 (a login page, a proxy) is not "Connection successful!"', async () => {
		hostile.server.handle((_request, response) =>
			response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Sign in</html>'),
		);
		expect(await test()).toEqual({
			status: 'Error',
			message: expect.stringMatching(/something other than a Libredesk API response/),
		});
	});

	it("a server error keeps Libredesk's message, without the secret it echoes", async () => {
		hostile.server.handle((request, response) =>
			response.writeHead(500, { 'Content-Type': 'application/json' }).end(
				JSON.stringify({
					status: 'error',
					message: `crashed on ${request.headers.authorization} api_secret=${secret}`,
				}),
			),
		);
		const result = await test();
		expect(result.message).toMatch(/^Libredesk answered HTTP 500: crashed on Basic \[redacted\]/);
		expect(result.message).not.toContain(secret);
		expect(result.message).not.toContain(Buffer.from(`some-key:${secret}`).toString('base64'));
	});

	it('a refused connection says so, as the node would', async () => {
		const result = await testCredential({
			baseUrl: 'http://127.0.0.1:9',
			apiKey: 'k',
			apiSecret: secret,
			allowUnauthorizedCerts: false,
		});
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/^Could not reach Libredesk: http:\/\/127\.0\.0\.1:9 refused the connection/,
			),
		});
	});
});
