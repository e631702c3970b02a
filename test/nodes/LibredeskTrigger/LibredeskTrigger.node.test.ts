/** Deliveries through n8n-core's WebhookContext over real HTTP, signed by the simulator or by the test. */
import { NodeHelpers } from 'n8n-workflow';

import { credentialsFor, useSimulator } from '../../helpers/fixtures';
import { TRIGGER_TYPE, resolvedSubtitle } from '../../helpers/n8n';
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

async function activate(events: string[], parameters: Record<string, unknown> = {}) {
	rig = await startTriggerRig({ events, ...parameters }, credentialsFor(ctx.sim));
	expect(await rig.hook('checkExists')).toBe(false);
	expect(await rig.hook('create')).toBe(true);
	return rig;
}

async function post(url: string, body: string, signature?: string) {
	const response = await fetch(url, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			...(signature ? { 'X-Libredesk-Signature': signature } : {}),
		},
		body,
	});
	return { status: response.status, text: await response.text() };
}

/** A body as Libredesk writes it: RFC3339 UTC in whole seconds. */
function deliveryBody(event: string, payload: object, at = new Date()) {
	return JSON.stringify({ event, timestamp: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), payload });
}

async function postSigned(body: string) {
	return await post(rig.webhookUrl, body, sign(rig.staticData().webhookSecret as string, body));
}

describe('deliveries from the simulator', () => {
	it('a signed conversation.created from Libredesk starts the workflow with event, timestamp and payload', async () => {
		await activate(['conversation.created']);
		const conversation = await seedConversation(ctx.sim, { subject: 'Hook me' });
		await ctx.sim.webhooks.settled();
		expect(rig.runs).toHaveLength(1);
		expect(rig.runs[0][0].json).toMatchObject({
			event: 'conversation.created',
			timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			payload: { uuid: conversation.uuid, subject: `Hook me - #${conversation.reference_number}` },
		});
		// message.created was not subscribed, so Libredesk did not send it.
		expect(
			ctx.sim.webhooks.deliveries
				.filter((delivery) => delivery.url === rig.webhookUrl)
				.map((delivery) => [delivery.event, delivery.status]),
		).toEqual([['conversation.created', 200]]);
		// Replayed as captured, it starts nothing.
		const [captured] = rig.received;
		expect(
			await post(
				rig.webhookUrl,
				captured.body,
				captured.headers['x-libredesk-signature'] as string,
			),
		).toEqual({ status: 200, text: 'duplicate ignored' });
		expect(rig.runs).toHaveLength(1);
		await rig.hook('delete');
	});

	it('filters private notes and activity, or everything but incoming messages', async () => {
		await activate(['message.created'], { options: { skipPrivateAndActivity: true } });
		const conversation = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${conversation.uuid}/messages`, {
			message: 'note',
			sender_type: 'agent',
			private: true,
		});
		await simCall(ctx.sim, 'PUT', `/conversations/${conversation.uuid}/status`, {
			status: 'Resolved',
		});
		await simCall(ctx.sim, 'POST', `/conversations/${conversation.uuid}/messages`, {
			message: 'reply',
			sender_type: 'agent',
			private: false,
			to: [conversation.contact.email],
		});
		await ctx.sim.webhooks.settled();
		expect(rig.runs.map((run) => (run[0].json.payload as { type: string }).type)).toEqual([
			'incoming',
			'outgoing',
		]);
		await rig.hook('delete');
		await rig.close();

		await activate(['message.created'], { options: { onlyIncoming: true } });
		const second = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${second.uuid}/messages`, {
			message: 'reply',
			sender_type: 'agent',
			private: false,
			to: [second.contact.email],
		});
		await ctx.sim.webhooks.settled();
		expect(rig.runs.map((run) => (run[0].json.payload as { type: string }).type)).toEqual([
			'incoming',
		]);
		await rig.hook('delete');
	});

	it('filters by inbox and team, for message events too (their inbox is looked up)', async () => {
		await activate(['conversation.created', 'message.created', 'conversation.status_changed'], {
			options: { inboxIds: [2], teamIds: [] },
		});
		await seedConversation(ctx.sim, { inbox_id: 1, subject: 'inbox one' });
		const wanted = await seedConversation(ctx.sim, { inbox_id: 2, subject: 'inbox two' });
		await ctx.sim.webhooks.settled();
		expect(
			rig.runs
				.map((run) => [
					run[0].json.event,
					(run[0].json.payload as { conversation_uuid?: string; uuid?: string })
						.conversation_uuid ?? (run[0].json.payload as { uuid: string }).uuid,
				])
				.sort(),
		).toEqual([
			['conversation.created', wanted.uuid],
			['message.created', wanted.uuid],
		]);
		await rig.hook('delete');
		await rig.close();

		await activate(['conversation.status_changed'], { options: { teamIds: [1] } });
		const teamed = await seedConversation(ctx.sim);
		const other = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'PUT', `/conversations/${teamed.uuid}/assignee/team`, {
			assignee_id: 1,
		});
		for (const conversation of [teamed, other])
			await simCall(ctx.sim, 'PUT', `/conversations/${conversation.uuid}/status`, {
				status: 'Resolved',
			});
		await ctx.sim.webhooks.settled();
		expect(
			rig.runs.map(
				(run) => (run[0].json.payload as { conversation_uuid: string }).conversation_uuid,
			),
		).toEqual([teamed.uuid]);
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

describe("automation rules' Trigger Webhook events", () => {
	it('starts the workflow for the custom event names listed, ignores other names and the standard event it subscribes to', async () => {
		await activate(['automation'], { automationEvents: 'vip_waiting, priority_escalated' });
		const id = rig.staticData().webhookId as number;
		const conversation = await seedConversation(ctx.sim);
		await ctx.sim.webhooks.settled();
		ctx.sim.webhooks.triggerWebhook(id, 'vip_waiting', { uuid: conversation.uuid }, 1);
		ctx.sim.webhooks.triggerWebhook(id, 'something_else', { uuid: conversation.uuid }, 1);
		ctx.sim.webhooks.triggerWebhook(id, 'priority_escalated', { uuid: conversation.uuid }, 1);
		await ctx.sim.webhooks.settled();
		expect(rig.runs.map((run) => run[0].json.event).sort()).toEqual([
			'priority_escalated',
			'vip_waiting',
		]);
		expect(rig.runs[0][0].json.payload).toEqual({
			conversation: { uuid: conversation.uuid },
			actor_id: 1,
		});
		// conversation.created was delivered (Libredesk needs one subscription) and answered "ignored".
		expect(
			ctx.sim.webhooks.deliveries
				.filter(
					(delivery) => delivery.webhookId === id && delivery.event === 'conversation.created',
				)
				.map((delivery) => delivery.status),
		).toEqual([200]);
		await rig.hook('delete');
	});

	it('with no names listed, takes any custom name alongside the standard events selected', async () => {
		await activate(['automation', 'conversation.created']);
		const id = rig.staticData().webhookId as number;
		await seedConversation(ctx.sim);
		ctx.sim.webhooks.triggerWebhook(id, 'anything', { uuid: 'x' }, 1);
		await ctx.sim.webhooks.settled();
		expect(rig.runs.map((run) => run[0].json.event).sort()).toEqual([
			'anything',
			'conversation.created',
		]);
		await rig.hook('delete');
	});
});

describe('refused and ignored deliveries', () => {
	it('a missing, wrong or tampered signature gets 401 and starts nothing', async () => {
		await activate(['conversation.created']);
		const secret = rig.staticData().webhookSecret as string;
		const body = deliveryBody('conversation.created', { uuid: 'x' });
		expect((await post(rig.webhookUrl, body)).status).toBe(401);
		expect((await post(rig.webhookUrl, body, sign('another-secret', body))).status).toBe(401);
		expect(
			(await post(rig.webhookUrl, body.replace('"x"', '"y"'), sign(secret, body))).status,
		).toBe(401);
		expect(
			(await post(rig.webhookUrl, body, sign(secret, body).replace('sha256=', 'sha1='))).status,
		).toBe(401);
		expect(rig.runs).toHaveLength(0);
		expect((await post(rig.webhookUrl, body, sign(secret, body))).status).toBe(200);
		expect(rig.runs).toHaveLength(1);
		await rig.hook('delete');
	});

	it.each([
		['null', 'The body is not a JSON object'],
		['[1,2]', 'The body is not a JSON object'],
		['"text"', 'The body is not a JSON object'],
		['42', 'The body is not a JSON object'],
		['{not json', 'The body is not JSON'],
		['{"timestamp":"2026-01-01T00:00:00Z","payload":{}}', 'The body has no event name'],
		[
			'{"event":"conversation.created","timestamp":"2026-01-01T00:00:00Z","payload":null}',
			'The body has no payload object',
		],
		['{"event":"conversation.created","payload":{}}', 'The body has no RFC 3339 timestamp'],
		[
			'{"event":"conversation.created","timestamp":"yesterday","payload":{}}',
			'The body has no RFC 3339 timestamp',
		],
	])('a signed body %s gets 400 "%s"', async (body, text) => {
		await activate(['conversation.created']);
		expect(await postSigned(body)).toEqual({ status: 400, text });
		expect(rig.runs).toHaveLength(0);
		await rig.hook('delete');
	});

	it('refuses a delivery stamped outside Max Delivery Age (either way) with 403; 0 turns the check off', async () => {
		await activate(['conversation.created'], { options: { maxAge: 60 } });
		const now = Date.now();
		expect(
			await postSigned(
				deliveryBody('conversation.created', { uuid: 'old' }, new Date(now - 120_000)),
			),
		).toEqual({
			status: 403,
			text: "The delivery's timestamp is more than 60 seconds from now (Max Delivery Age)",
		});
		expect(
			(
				await postSigned(
					deliveryBody('conversation.created', { uuid: 'future' }, new Date(now + 120_000)),
				)
			).status,
		).toBe(403);
		expect(
			(
				await postSigned(
					deliveryBody('conversation.created', { uuid: 'recent' }, new Date(now - 30_000)),
				)
			).status,
		).toBe(200);
		expect(rig.runs.map((run) => (run[0].json.payload as { uuid: string }).uuid)).toEqual([
			'recent',
		]);
		await rig.hook('delete');
		await rig.close();

		await activate(['conversation.created'], { options: { maxAge: 0 } });
		expect(
			(
				await postSigned(
					deliveryBody(
						'conversation.created',
						{ uuid: 'years ago' },
						new Date('2020-01-01T00:00:00Z'),
					),
				)
			).status,
		).toBe(200);
		await rig.hook('delete');
	});

	it('by default refuses a delivery from years ago', async () => {
		await activate(['conversation.created']);
		expect(
			(
				await postSigned(
					deliveryBody('conversation.created', { uuid: 'old' }, new Date('2020-01-01T00:00:00Z')),
				)
			).status,
		).toBe(403);
		await rig.hook('delete');
	});

	it('a replayed delivery starts nothing, also sent at once or with the signature spelt in capitals', async () => {
		await activate(['conversation.created']);
		const body = deliveryBody('conversation.created', { uuid: 'once' });
		const signature = sign(rig.staticData().webhookSecret as string, body);
		const answers = await Promise.all([
			post(rig.webhookUrl, body, signature),
			post(rig.webhookUrl, body, signature),
		]);
		expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
		expect(
			(await post(rig.webhookUrl, body, `sha256=${signature.slice(7).toUpperCase()}`)).text,
		).toBe('duplicate ignored');
		expect(rig.runs).toHaveLength(1);
		// A different body (here a later timestamp) is a new delivery.
		expect(
			(
				await postSigned(
					deliveryBody('conversation.created', { uuid: 'once' }, new Date(Date.now() + 2000)),
				)
			).status,
		).toBe(200);
		expect(rig.runs).toHaveLength(2);
		await rig.hook('delete');
	});

	it('a delivery for an event not selected is answered 200 "ignored"', async () => {
		await activate(['conversation.created']);
		expect(await postSigned(deliveryBody('message.created', { uuid: 'm' }))).toEqual({
			status: 200,
			text: 'ignored',
		});
		expect(await postSigned(deliveryBody('custom_name', { conversation: {} }))).toEqual({
			status: 200,
			text: 'ignored',
		});
		expect(rig.runs).toHaveLength(0);
		await rig.hook('delete');
	});
});

describe('description', () => {
	const { description } = new LibredeskTrigger();

	it('follows the trigger conventions and offers the 7 Libredesk events and automation rule events', () => {
		expect(description).toMatchObject({
			name: 'libredeskTrigger',
			displayName: 'Libredesk Trigger',
			inputs: [],
			group: ['trigger'],
		});
		expect(description.usableAsTool).toBeUndefined();
		expect(
			(description.properties[0].options ?? [])
				.map((option) => (option as { value: string }).value)
				.sort(),
		).toEqual([
			'automation',
			'conversation.assigned',
			'conversation.created',
			'conversation.status_changed',
			'conversation.tags_changed',
			'conversation.unassigned',
			'message.created',
			'message.updated',
		]);
	});

	it('shows the display names of the selected events as the canvas subtitle', () => {
		const subtitle = resolvedSubtitle(TRIGGER_TYPE, {
			events: ['conversation.created', 'automation', 'message.updated'],
		});
		expect(subtitle).toBe('Conversation Created, Automation Rule Event, Message Updated');
	});

	it('shows Automation Event Names only when Automation Rule Event is selected', () => {
		const names = description.properties.find((property) => property.name === 'automationEvents')!;
		const shown = (events: string[]) =>
			NodeHelpers.displayParameter(
				{ events, automationEvents: '' },
				names,
				{ typeVersion: 1 },
				description,
			);
		expect(shown(['conversation.created'])).toBe(false);
		expect(shown(['conversation.created', 'automation'])).toBe(true);
	});
});
