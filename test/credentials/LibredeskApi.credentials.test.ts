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
