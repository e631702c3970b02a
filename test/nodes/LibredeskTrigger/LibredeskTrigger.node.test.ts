import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { credentialsFor, useSimulator } from '../../helpers/fixtures';
import { seedConversation, simCall } from '../../helpers/seed';
import { startTriggerRig } from '../../helpers/trigger';
import type { TriggerRig } from '../../helpers/trigger';
import { sign } from '../../../simulator/webhooks';
import { LibredeskTrigger } from '../../../nodes/LibredeskTrigger/LibredeskTrigger.node';

const ctx = useSimulator();
let rig: TriggerRig;

afterEach(async () => {
	await rig?.close();
});

async function activate(events: string[], options = {}) {
	rig = await startTriggerRig({ events, options }, credentialsFor(ctx.sim));
	expect(await rig.hook('checkExists')).toBe(false);
	expect(await rig.hook('create')).toBe(true);
	return rig;
}

async function post(url: string, body: string, signature?: string) {
	const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(signature ? { 'X-Libredesk-Signature': signature } : {}) }, body });
	return response.status;
}

describe('lifecycle (n8n-core HookContext against the simulator)', () => {
	it('create registers a webhook with the n8n URL, the events and a random secret; checkExists finds it; delete removes it', async () => {
		await activate(['conversation.created', 'message.created']);
		const { webhookId, webhookSecret } = rig.staticData() as { webhookId: number; webhookSecret: string };
		const webhook = ctx.sim.state.webhooks.find((candidate) => candidate.id === webhookId)!;
		expect(webhook).toMatchObject({ url: rig.webhookUrl, events: ['conversation.created', 'message.created'], is_active: true, secret: webhookSecret, name: 'n8n: Triage / Libredesk Trigger [wf-trigger-1]' });
		expect(webhookSecret).toMatch(/^[0-9a-f]{64}$/);
		expect(await rig.hook('checkExists')).toBe(true);
		expect(await rig.hook('delete')).toBe(true);
		expect(ctx.sim.state.webhooks.find((candidate) => candidate.id === webhookId)).toBeUndefined();
		expect(rig.staticData()).toEqual({});
	});

	it('names test registrations apart from production ones', async () => {
		rig = await startTriggerRig({ events: ['conversation.created'] }, credentialsFor(ctx.sim));
		await rig.hook('create', 'manual');
		expect(ctx.sim.state.webhooks.at(-1)!.name).toBe('n8n (test): Triage / Libredesk Trigger [wf-trigger-1]');
		await rig.hook('delete');
	});

	it('checkExists replaces a webhook of ours whose events changed, and forgets one deleted in Libredesk', async () => {
		await activate(['conversation.created']);
		const first = rig.staticData().webhookId as number;
		rig.node.parameters.events = ['conversation.created', 'conversation.assigned'];
		expect(await rig.hook('checkExists')).toBe(false);
		expect(ctx.sim.state.webhooks.some((webhook) => webhook.id === first)).toBe(false);
		await rig.hook('create');
		await simCall(ctx.sim, 'DELETE', `/webhooks/${String(rig.staticData().webhookId)}`);
		expect(await rig.hook('checkExists')).toBe(false);
		expect(rig.staticData().webhookId).toBeUndefined();
		expect(await rig.hook('delete')).toBe(true);
	});

	it('create removes a leftover webhook of the same trigger instead of failing with a 409', async () => {
		await activate(['conversation.created']);
		const leftover = rig.staticData().webhookId;
		rig.workflow.staticData['node:Libredesk Trigger'] = {};
		await rig.hook('create');
		expect(ctx.sim.state.webhooks.filter((webhook) => webhook.name.includes('[wf-trigger-1]')).map((webhook) => webhook.id)).toEqual([rig.staticData().webhookId]);
		expect(rig.staticData().webhookId).not.toBe(leftover);
		await rig.hook('delete');
	});

	it('a key without webhooks:manage gets a 403 that says so', async () => {
		const { SEED_KEYS } = await import('../../../simulator/state');
		rig = await startTriggerRig({ events: ['conversation.created'] }, credentialsFor(ctx.sim, { apiKey: SEED_KEYS.agent.key, apiSecret: SEED_KEYS.agent.secret }));
		const error = (await rig.hook('create').catch((caught: unknown) => caught)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe('403');
		expect(error.description).toMatch(/webhooks:manage/);
	});

	it('an HTTP-200 answer without an ID (Libredesk’s validation quirk) is a failure with its message', async () => {
		rig = await startTriggerRig({ events: ['conversation.created'] }, credentialsFor(ctx.sim));
		ctx.sim.injectFault({ kind: 'status', status: 200, match: /^POST \/api\/v1\/webhooks$/, body: { status: 'success', data: { Code: 400, ErrorType: 'InputException', Message: '`url` empty', Data: null } } });
		const error = await rig.hook('create').catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe('Libredesk did not create the webhook: `url` empty');
		expect(rig.staticData()?.webhookId).toBeUndefined();
	});
});

describe('deliveries (n8n-core WebhookContext, signed by the simulator)', () => {
	it('a signed conversation.created from Libredesk starts the workflow with event, timestamp and payload', async () => {
		await activate(['conversation.created']);
		const conversation = await seedConversation(ctx.sim, { subject: 'Hook me' });
		await ctx.sim.webhooks.settled();
		expect(rig.runs).toHaveLength(1);
		expect(rig.runs[0][0].json).toMatchObject({ event: 'conversation.created', timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), payload: { uuid: conversation.uuid, subject: `Hook me - #${conversation.reference_number}` } });
		// message.created was not subscribed, so Libredesk did not send it.
		expect(ctx.sim.webhooks.deliveries.filter((delivery) => delivery.url === rig.webhookUrl).map((delivery) => [delivery.event, delivery.status])).toEqual([['conversation.created', 200]]);
		await rig.hook('delete');
	});

	it('a missing, wrong or stale signature, or a tampered body, gets 401 and starts nothing', async () => {
		await activate(['conversation.created']);
		const secret = rig.staticData().webhookSecret as string;
		const body = JSON.stringify({ event: 'conversation.created', timestamp: '2026-01-01T00:00:00Z', payload: { uuid: 'x' } });
		expect(await post(rig.webhookUrl, body)).toBe(401);
		expect(await post(rig.webhookUrl, body, sign('another-secret', body))).toBe(401);
		expect(await post(rig.webhookUrl, body.replace('"x"', '"y"'), sign(secret, body))).toBe(401);
		expect(await post(rig.webhookUrl, body, sign(secret, body).replace('sha256=', 'sha1='))).toBe(401);
		expect(rig.runs).toHaveLength(0);
		expect(await post(rig.webhookUrl, body, sign(secret, body))).toBe(200);
		expect(rig.runs).toHaveLength(1);
		await rig.hook('delete');
	});

	it('filters private notes and activity, or everything but incoming messages', async () => {
		await activate(['message.created'], { skipPrivateAndActivity: true });
		const conversation = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${conversation.uuid}/messages`, { message: 'note', sender_type: 'agent', private: true });
		await simCall(ctx.sim, 'PUT', `/conversations/${conversation.uuid}/status`, { status: 'Resolved' });
		await simCall(ctx.sim, 'POST', `/conversations/${conversation.uuid}/messages`, { message: 'reply', sender_type: 'agent', private: false, to: [conversation.contact.email] });
		await ctx.sim.webhooks.settled();
		expect(rig.runs.map((run) => [run[0].json.payload as { type: string }].map((payload) => payload.type)[0])).toEqual(['incoming', 'outgoing']);
		await rig.hook('delete');
		await rig.close();

		await activate(['message.created'], { onlyIncoming: true });
		const second = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${second.uuid}/messages`, { message: 'reply', sender_type: 'agent', private: false, to: [second.contact.email] });
		await ctx.sim.webhooks.settled();
		expect(rig.runs.map((run) => (run[0].json.payload as { type: string }).type)).toEqual(['incoming']);
		await rig.hook('delete');
	});

	it("passes Libredesk's webhook.test through so users can check the link", async () => {
		await activate(['conversation.assigned']);
		await simCall(ctx.sim, 'POST', `/webhooks/${String(rig.staticData().webhookId)}/test`);
		await ctx.sim.webhooks.settled();
		expect(rig.runs.map((run) => run[0].json.event)).toEqual(['webhook.test']);
		await rig.hook('delete');
	});
});

describe('description', () => {
	it('follows the trigger conventions', () => {
		const { description } = new LibredeskTrigger();
		expect(description).toMatchObject({ name: 'libredeskTrigger', displayName: 'Libredesk Trigger', inputs: [], group: ['trigger'] });
		expect(description.usableAsTool).toBeUndefined();
		expect((description.properties[0].options ?? []).map((option) => (option as { value: string }).value).sort()).toEqual([
			'conversation.assigned',
			'conversation.created',
			'conversation.status_changed',
			'conversation.tags_changed',
			'conversation.unassigned',
			'message.created',
			'message.updated',
		]);
	});
});
