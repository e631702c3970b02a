/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/** The webhook's life in Libredesk, driven through n8n-core's HookContext against the simulator. */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { credentialsFor, useSimulator } from '../../helpers/fixtures';
import {
	REGISTRATION_ROUTES,
	answerByRoute,
	hostileCredentials,
	useHostile,
} from '../../helpers/hostile';
import { allText } from '../../helpers/secrets';
import { simCall } from '../../helpers/seed';
import { startTriggerRig } from '../../helpers/trigger';
import type { RigIdentity, TriggerRig } from '../../helpers/trigger';
import { AUTOMATION_EVENTS } from '../../../nodes/shared/events';
import { SEED_KEYS } from '../../../simulator/state';

const ctx = useSimulator();
const rigs: TriggerRig[] = [];

afterEach(async () => {
	for (const rig of rigs.splice(0)) await rig.close();
	ctx.sim.state.webhooks.splice(0);
});

async function rigFor(events: string[], identity: RigIdentity = {}, parameters = {}) {
	const rig = await startTriggerRig({ events, ...parameters }, credentialsFor(ctx.sim), identity);
	rigs.push(rig);
	return rig;
}

async function activate(rig: TriggerRig, activation: 'activate' | 'manual' = 'activate') {
	if (!(await rig.hook('checkExists', activation))) await rig.hook('create', activation);
	return rig.staticData().webhookId as number;
}

const webhook = (id: number) => ctx.sim.state.webhooks.find((candidate) => candidate.id === id);
const writes = () =>
	ctx.sim.requests
		.filter((request) => request.path.startsWith('/api/v1/webhooks') && request.method !== 'GET')
		.map((request) => `${request.method} ${request.path}`);

describe('activation', () => {
	it('registers the n8n URL, the events, a random secret and a name closed by the trigger key; delete removes it', async () => {
		const rig = await rigFor(['conversation.created', 'message.created']);
		expect(await rig.hook('checkExists')).toBe(false);
		expect(await rig.hook('create')).toBe(true);
		const { webhookId, webhookSecret } = rig.staticData() as {
			webhookId: number;
			webhookSecret: string;
		};
		expect(webhook(webhookId)).toMatchObject({
			url: rig.webhookUrl,
			events: ['conversation.created', 'message.created'],
			is_active: true,
			secret: webhookSecret,
		});
		expect(webhook(webhookId)!.name).toMatch(/^n8n: Triage \/ Libredesk Trigger \[[0-9a-f]{12}\]$/);
		expect(webhookSecret).toMatch(/^[0-9a-f]{64}$/);
		expect(await rig.hook('checkExists')).toBe(true);
		expect(await rig.hook('delete', 'update')).toBe(true);
		expect(webhook(webhookId)).toBeUndefined();
		expect(rig.staticData()).toEqual({});
	});

	it('names the editor’s test registration apart, with its own URL, and leaves the production one alone', async () => {
		const rig = await rigFor(['conversation.created']);
		const production = await activate(rig);
		const productionWebhook = { ...webhook(production)! };
		// Test and production registrations share the node's static data.
		expect(await rig.hook('checkExists', 'manual')).toBe(false);
		await rig.hook('create', 'manual');
		const test = rig.staticData().webhookId as number;
		expect(test).not.toBe(production);
		expect(webhook(test)).toMatchObject({
			url: rig.testWebhookUrl,
			name: expect.stringMatching(/^n8n \(test\): Triage \/ Libredesk Trigger \[[0-9a-f]{12}\]$/),
		});
		expect(webhook(test)!.name.slice(-14)).not.toBe(productionWebhook.name.slice(-14));
		expect(webhook(production)).toEqual(productionWebhook);
		await rig.hook('delete', 'update', true);
		expect(webhook(test)).toBeUndefined();
		expect(webhook(production)).toEqual(productionWebhook);
	});

	it('keeps two workflows with long equal names apart: each keeps its own webhook (names cut to 255 characters before the key)', async () => {
		const longName = `Escalation ${'é'.repeat(300)}`;
		const first = await rigFor(['conversation.created'], {
			workflowId: 'wf-long-1',
			workflowName: longName,
			webhookId: 'aaaaaaaa-0000-4000-8000-000000000001',
		});
		const second = await rigFor(['conversation.created'], {
			workflowId: 'wf-long-2',
			workflowName: longName,
			webhookId: 'aaaaaaaa-0000-4000-8000-000000000002',
		});
		const firstId = await activate(first);
		const secondId = await activate(second);
		expect(firstId).not.toBe(secondId);
		const names = [webhook(firstId)!.name, webhook(secondId)!.name];
		expect(names.map((name) => [...name].length)).toEqual([255, 255]);
		expect(names[0]).not.toBe(names[1]);
		expect(names[0]).toMatch(/^n8n: Escalation é+… \[[0-9a-f]{12}\]$/);
		// Re-activating the first leaves the second's webhook in place.
		first.workflow.staticData['node:Libredesk Trigger'] = {};
		await activate(first);
		expect(webhook(secondId)).toBeDefined();
		expect(first.staticData().webhookId).toBe(firstId);
	});

	it('a key without webhooks:manage gets a 403 that says so', async () => {
		const rig = await startTriggerRig(
			{ events: ['conversation.created'] },
			credentialsFor(ctx.sim, { apiKey: SEED_KEYS.agent.key, apiSecret: SEED_KEYS.agent.secret }),
		);
		rigs.push(rig);
		const error = (await rig.hook('create').catch((caught: unknown) => caught)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe('403');
		expect(error.description).toMatch(/webhooks:manage/);
	});

	it('an HTTP-200 answer without an ID (Libredesk’s validation quirk) is a failure with its message and no secret', async () => {
		const rig = await rigFor(['conversation.created']);
		ctx.sim.injectFault({
			kind: 'status',
			status: 200,
			match: /^POST \/api\/v1\/webhooks$/,
			body: {
				status: 'success',
				data: { Code: 400, ErrorType: 'InputException', Message: '`url` empty', Data: null },
			},
		});
		const error = await rig.hook('create').catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe('Libredesk did not create the webhook: `url` empty');
		const sent = (ctx.sim.requests.at(-1)!.json as { secret: string }).secret;
		expect(JSON.stringify(error)).not.toContain(sent);
		expect(rig.staticData()?.webhookId).toBeUndefined();
	});

	it('a failed create or update carries no secret in the error', async () => {
		const rig = await rigFor(['conversation.created']);
		for (const match of [/^POST \/api\/v1\/webhooks$/, /^PUT \/api\/v1\/webhooks\/\d+$/]) {
			ctx.sim.injectFault({
				kind: 'status',
				status: 500,
				match,
				body: {
					status: 'error',
					message: 'Something went wrong',
					data: null,
					error_type: 'GeneralException',
				},
			});
			const error = await activate(rig).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(NodeApiError);
			const sent = (ctx.sim.requests.at(-1)!.json as { secret: string }).secret;
			expect(sent).toMatch(/^[0-9a-f]{64}$/);
			expect(
				JSON.stringify(error) +
					String((error as Error).stack) +
					(error as NodeApiError).description,
			).not.toContain(sent);
			// The second round finds the webhook the first left behind and fails on its update.
			if (!rig.staticData().webhookId) await activate(rig);
			rig.workflow.staticData['node:Libredesk Trigger'] = {};
		}
	});
});

describe('one webhook ID for good (automation rules point at it)', () => {
	it('a stale webhook (events changed, switched off, URL moved) is updated in place with PUT, never deleted and re-created', async () => {
		const rig = await rigFor(['conversation.created']);
		const id = await activate(rig);
		const secret = rig.staticData().webhookSecret;
		ctx.sim.requests.splice(0);

		rig.node.parameters.events = ['conversation.created', 'conversation.assigned'];
		expect(await rig.hook('checkExists')).toBe(true);
		expect(webhook(id)).toMatchObject({
			events: ['conversation.assigned', 'conversation.created'],
			is_active: true,
			secret,
		});

		await simCall(ctx.sim, 'PUT', `/webhooks/${id}/toggle`);
		ctx.sim.state.webhooks.find((candidate) => candidate.id === id)!.url =
			'https://old-n8n.example.com/webhook/x/webhook';
		expect(await rig.hook('checkExists')).toBe(true);
		expect(webhook(id)).toMatchObject({ url: rig.webhookUrl, is_active: true, secret });

		expect(writes()).toEqual([
			`PUT /api/v1/webhooks/${id}`,
			`PUT /api/v1/webhooks/${id}/toggle`,
			`PUT /api/v1/webhooks/${id}`,
		]);
		expect(rig.staticData()).toEqual({ webhookId: id, webhookSecret: secret });
	});

	it('create reuses the webhook of this trigger whose ID n8n lost (found by the key in its name), with a new secret', async () => {
		const rig = await rigFor(['conversation.created']);
		const id = await activate(rig);
		const oldSecret = rig.staticData().webhookSecret;
		rig.workflow.staticData['node:Libredesk Trigger'] = {};
		ctx.sim.requests.splice(0);
		expect(await activate(rig)).toBe(id);
		expect(writes()).toEqual([`PUT /api/v1/webhooks/${id}`]);
		expect(rig.staticData().webhookSecret).not.toBe(oldSecret);
		expect(webhook(id)!.secret).toBe(rig.staticData().webhookSecret);
	});

	it('adopts a webhook an older version registered (other name, our URL) and drops copies of it', async () => {
		const rig = await rigFor(['conversation.created']);
		const legacy = await simCall<{ id: number }>(ctx.sim, 'POST', '/webhooks', {
			name: 'n8n: Triage / Libredesk Trigger [wf-trigger-1]',
			url: rig.webhookUrl,
			events: ['message.created'],
			secret: 'old',
			is_active: true,
		});
		const copy = await simCall<{ id: number }>(ctx.sim, 'POST', '/webhooks', {
			name: 'n8n: Triage / Libredesk Trigger [wf-trigger-1]',
			url: rig.webhookUrl,
			events: ['message.created'],
			secret: 'old',
			is_active: true,
		});
		const other = await simCall<{ id: number }>(ctx.sim, 'POST', '/webhooks', {
			name: 'Someone else',
			url: 'https://example.com/hook',
			events: ['message.created'],
			secret: '',
			is_active: true,
		});
		expect(await activate(rig)).toBe(legacy.id);
		expect(webhook(legacy.id)!.name).toMatch(/^n8n: Triage \/ Libredesk Trigger \[[0-9a-f]{12}\]$/);
		expect(webhook(copy.id)).toBeUndefined();
		expect(webhook(other.id)).toBeDefined();
	});

	it('a webhook deleted in Libredesk is forgotten and registered again', async () => {
		const rig = await rigFor(['conversation.created']);
		const id = await activate(rig);
		await simCall(ctx.sim, 'DELETE', `/webhooks/${id}`);
		expect(await rig.hook('checkExists')).toBe(false);
		expect(rig.staticData().webhookId).toBeUndefined();
		expect(await rig.hook('delete', 'update')).toBe(true);
	});

	it('with automation events, deactivation switches the production webhook off (secret cleared) and re-activation brings the same ID back', async () => {
		const rig = await rigFor(['automation'], {}, { automationEvents: 'vip_waiting' });
		const id = await activate(rig);
		expect(webhook(id)).toMatchObject({ events: ['conversation.created'], is_active: true });
		await rig.hook('delete', 'update');
		expect(webhook(id)).toMatchObject({ is_active: false, secret: '' });
		expect(rig.staticData()).toEqual({});
		expect(await activate(rig)).toBe(id);
		expect(webhook(id)).toMatchObject({ is_active: true, secret: rig.staticData().webhookSecret });

		// The editor's test registration is removed as usual.
		await rig.hook('create', 'manual');
		const test = rig.staticData().webhookId as number;
		await rig.hook('delete', 'update', true);
		expect(webhook(test)).toBeUndefined();
		expect(webhook(id)).toMatchObject({ is_active: true });
	});
});

describe('registration against a server that echoes what it was sent', () => {
	const hostile = useHostile();
	const apiKey = 'echo-key-1234';
	const apiSecret = 'echo-secret-5678';
	const basic = Buffer.from(`${apiKey}:${apiSecret}`).toString('base64');

	/** The body of the last webhook write, as the node sent it. */
	let sentBody = '';

	/** Answers every webhook write with its request's headers and body in the text `answer` builds. */
	function echoWrites(answer: (echo: string) => { status: number; body: unknown }) {
		hostile.server.handle((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				if (request.method !== 'GET') sentBody = Buffer.concat(chunks).toString('utf8');
				const echo = `Authorization: ${request.headers.authorization} body: ${Buffer.concat(chunks).toString('utf8')}`;
				const { status, body } =
					request.method === 'GET'
						? { status: 200, body: { status: 'success', data: [] } }
						: answer(echo);
				response.writeHead(status, { 'Content-Type': 'application/json' });
				response.end(JSON.stringify(body));
			});
		});
	}

	async function createFails() {
		const rig = await startTriggerRig(
			{ events: ['conversation.created'] },
			{ baseUrl: hostile.server.url, apiKey, apiSecret, allowUnauthorizedCerts: false },
		);
		rigs.push(rig);
		const error = await rig.hook('create').catch((caught: unknown) => caught);
		const post = hostile.server.requests.find((request) => request.method === 'POST');
		expect(post).toBeDefined();
		return error as Error;
	}

	function expectClean(error: Error) {
		const webhookSecret = (JSON.parse(sentBody) as { secret: string }).secret;
		const text = allText(error);
		for (const secret of [apiKey, apiSecret, basic, webhookSecret])
			expect(text).not.toContain(secret);
	}

	it('an HTTP-200 error message is redacted: no key, secret, Basic token or signing secret', async () => {
		echoWrites((echo) => ({
			status: 200,
			body: {
				status: 'success',
				data: { Code: 400, Message: `bad request ${echo} api_key=${apiKey} ${apiSecret}` },
			},
		}));
		const error = await createFails();
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toMatch(/^Libredesk did not create the webhook: bad request /);
		expectClean(error);
	});

	it('an error answer that echoes the body does not repeat the signing secret', async () => {
		echoWrites((echo) => ({
			status: 400,
			body: {
				status: 'error',
				message: `invalid webhook: ${echo}`,
				error_type: 'InputException',
			},
		}));
		const error = await createFails();
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toMatch(/invalid webhook/);
		expectClean(error);
	});
});

describe('registration against a server that answers what Libredesk never sends', () => {
	const hostile = useHostile();
	const answers: Record<string, unknown> = {};
	const notLibredesk = (route: string) =>
		new RegExp(
			`answered ${route.replace(/\//g, '\\/')} with something other than a Libredesk API response`,
		);

	async function registered(events = ['conversation.created']) {
		for (const route of Object.keys(answers)) delete answers[route];
		Object.assign(answers, {
			...REGISTRATION_ROUTES,
			'GET /api/v1/webhooks/7': { id: 7, name: 'someone else’s', url: 'http://elsewhere/' },
			'DELETE /api/v1/webhooks/7': null,
		});
		answerByRoute(hostile.server, answers);
		const rig = await startTriggerRig({ events }, hostileCredentials(hostile.server));
		rigs.push(rig);
		expect(await rig.hook('create')).toBe(true);
		return rig;
	}

	async function failure(run: () => Promise<unknown>): Promise<Error> {
		const error = await run().then(
			() => new Error('no error'),
			(caught: Error) => caught,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		return error;
	}

	it.each([
		['a page', { results: [], total: 0 }, /the answer is an object, not a list/],
		['text', 'ok', /the answer is text, not a list/],
		[
			'a null entry',
			[{ id: 3, name: 'other', url: 'http://elsewhere/' }, null],
			/entry 2 of the answer is null, not a record/,
		],
	])(
		'the list of webhooks answered with %s stops the activation before anything is sent',
		async (_case, bad, what) => {
			const rig = await registered();
			answers['GET /api/v1/webhooks'] = bad;
			hostile.server.requests.splice(0);
			const error = await failure(() => rig.hook('create'));
			expect(error.message).toMatch(notLibredesk('GET /api/v1/webhooks'));
			expect(error.message).toMatch(what);
			expect(hostile.server.requests.map((request) => request.method)).toEqual(['GET']);
			expect(rig.staticData().webhookId).toBe(7);
		},
	);

	it.each([
		['a list', [{ id: 7 }], /the answer is a list, not a record/],
		['text', 'ok', /the answer is text, not a record/],
		['null', null, /the answer is null, not a record/],
	])(
		'the webhook read back as %s fails the check and the deactivation, not as "not ours"',
		async (_case, bad, what) => {
			const rig = await registered([AUTOMATION_EVENTS]);
			answers['GET /api/v1/webhooks/7'] = bad;
			for (const run of [() => rig.hook('checkExists'), () => rig.hook('delete')]) {
				const error = await failure(run);
				expect(error.message).toMatch(notLibredesk('GET /api/v1/webhooks/7'));
				expect(error.message).toMatch(what);
			}
			// Gone (404): registered again.
			delete answers['GET /api/v1/webhooks/7'];
			expect(await rig.hook('checkExists')).toBe(false);
		},
	);

	it.each([
		['a list', [{ id: 8 }], /the answer is a list, not a record/],
		['text', 'ok', /the answer is text, not a record/],
	])(
		'a create answered with %s fails with the node’s error and says it may have happened',
		async (_case, bad, what) => {
			const rig = await registered();
			answers['POST /api/v1/webhooks'] = bad;
			delete rig.staticData().webhookId;
			const error = await failure(() => rig.hook('create'));
			expect(error.message).toMatch(notLibredesk('POST /api/v1/webhooks'));
			expect(error.message).toMatch(what);
			expect((error as NodeOperationError).description).toMatch(/may have/);
		},
	);
});
