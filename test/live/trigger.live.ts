/* eslint-disable no-console -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Real deliveries: the Libredesk Trigger registers its webhook in the live Libredesk (through
 * n8n-core's HookContext), Libredesk fires the 7 events and an automation rule's custom
 * `trigger_webhook` event, and the node receives them (WebhookContext). A second, plain webhook with
 * a known secret shows what arrives on the wire: raw body, signature, headers, order.
 */
import { createHmac } from 'crypto';

import { WEBHOOK_EVENTS } from '../../simulator/state';
import { startTriggerRig } from '../helpers/trigger';
import type { TriggerRig } from '../helpers/trigger';
import { eventually } from './api';
import { startReceiver } from './receiver';
import type { Receiver } from './receiver';
import { useLive } from './useLive';

const live = useLive();
// Libredesk's webhook_event enum, as the simulator writes it down from Libredesk's schema.
const EVENTS = WEBHOOK_EVENTS;
const SECRET = 'live-suite-secret';
const CUSTOM_EVENT = 'ldlive.escalated';

let rig: TriggerRig;
let receiver: Receiver;
let rawHookId: number;
let conversationUuid: string;

beforeAll(async () => {
	const f = live.fixtures;
	receiver = await startReceiver();
	f.later(() => receiver.close());
	const raw = await f.admin.data<{ id: number }>('POST', '/api/v1/webhooks', {
		name: `${f.prefix} raw`,
		url: receiver.url,
		events: EVENTS,
		secret: SECRET,
		is_active: true,
	});
	rawHookId = raw.id;
	f.later(() => f.admin.call('DELETE', `/api/v1/webhooks/${raw.id}`));
	rig = await startTriggerRig(
		{ events: [...EVENTS, 'automation'], automationEvents: CUSTOM_EVENT },
		live.credentials,
	);
	f.later(() => rig.close());
}, 60000);

/** Deliveries at the plain receiver for this conversation. */
const about = (uuid: string) =>
	receiver.deliveries.filter((delivery) => {
		const payload = delivery.payload as {
			uuid?: string;
			conversation_uuid?: string;
			conversation?: { uuid?: string };
		};
		return (
			payload.uuid === uuid ||
			payload.conversation_uuid === uuid ||
			payload.conversation?.uuid === uuid
		);
	});

describe('Libredesk Trigger against a live Libredesk', () => {
	it('registers a signed, active webhook for its URL and events', async () => {
		expect(await rig.hook('checkExists')).toBe(false);
		expect(await rig.hook('create')).toBe(true);
		const id = rig.staticData().webhookId as number;
		live.fixtures.later(() => live.fixtures.admin.call('DELETE', `/api/v1/webhooks/${id}`));
		const webhook = await live.fixtures.admin.data<{
			url: string;
			events: string[];
			is_active: boolean;
			secret: string;
		}>('GET', `/api/v1/webhooks/${id}`);
		expect(webhook).toMatchObject({ url: rig.webhookUrl, is_active: true, secret: '••••••••••' });
		expect([...webhook.events].sort()).toEqual([...EVENTS].sort());
		expect(await rig.hook('checkExists')).toBe(true);
	});

	it('brings a webhook switched off in Libredesk back in place, keeping its ID (rules point at it)', async () => {
		const id = rig.staticData().webhookId as number;
		await live.fixtures.admin.data('PUT', `/api/v1/webhooks/${id}/toggle`);
		expect(
			(await live.fixtures.admin.data<{ is_active: boolean }>('GET', `/api/v1/webhooks/${id}`))
				.is_active,
		).toBe(false);
		expect(await rig.hook('checkExists')).toBe(true);
		expect(rig.staticData().webhookId).toBe(id);
		expect(
			(await live.fixtures.admin.data<{ is_active: boolean }>('GET', `/api/v1/webhooks/${id}`))
				.is_active,
		).toBe(true);
	});

	it('Libredesk fires all 7 events; each arrives signed over the raw body, and the node starts a run for each', async () => {
		const f = live.fixtures;
		const created = await f.admin.data<{ uuid: string; contact: { email: string } }>(
			'POST',
			'/api/v1/conversations',
			{
				inbox_id: f.inboxes.email,
				contact_email: f.email('trigger'),
				first_name: 'Tri',
				content: '<p>Hello</p>',
				initiator: 'agent',
				subject: `${f.prefix} trigger`,
				team_id: f.teams[0].id,
				agent_id: f.agent.id,
			},
		);
		conversationUuid = created.uuid;
		await f.admin.data('PUT', `/api/v1/conversations/${created.uuid}/status`, {
			status: 'Resolved',
		});
		await f.admin.data('POST', `/api/v1/conversations/${created.uuid}/tags`, {
			tags: [f.tags[0]],
			action: 'add_tags',
		});
		await f.admin.data('PUT', `/api/v1/conversations/${created.uuid}/assignee/user/remove`);
		const all = await eventually(
			async () =>
				EVENTS.every((event) => about(created.uuid).some((delivery) => delivery.event === event))
					? about(created.uuid)
					: undefined,
			20000,
		);
		expect(all).toBeDefined();
		for (const delivery of all!) {
			expect(delivery.headers['x-libredesk-signature']).toBe(
				`sha256=${createHmac('sha256', SECRET).update(delivery.raw).digest('hex')}`,
			);
			expect(delivery.headers['content-type']).toBe('application/json');
			expect(delivery.headers['user-agent']).toMatch(/^Libredesk-Webhook\//);
			expect(delivery.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		}
		const nodeRuns = await eventually(async () => {
			const events = rig.runs.map((run) => String(run[0].json.event));
			return EVENTS.every((event) => events.includes(event)) ? events : undefined;
		}, 20000);
		expect(nodeRuns).toBeDefined();
		expect(rig.answers.every((status) => status === 200)).toBe(true);
		// What Libredesk sent for this conversation, in arrival order (recorded in docs/libredesk-compatibility.md).
		console.log(
			`Arrival order: ${all!.map((delivery) => `${delivery.event}${delivery.event.startsWith('message.') ? `(${String(delivery.payload.type)}/${String(delivery.payload.status)})` : ''}`).join(', ')}`,
		);
	});

	it("an automation rule's trigger_webhook sends its custom event name to one webhook", async () => {
		const f = live.fixtures;
		const nodeHookId = rig.staticData().webhookId as number;
		const rule = await f.admin.data<{ id: number }>('POST', '/api/v1/automations/rules', {
			name: `${f.prefix} escalate`,
			description: 'live suite',
			type: 'new_conversation',
			events: [],
			rules: [
				{
					group_operator: 'AND',
					groups: [
						{
							logical_op: 'AND',
							rules: [
								{
									field: 'inbox',
									field_type: 'conversation',
									operator: 'equals',
									value: String(f.inboxes.email),
								},
							],
						},
					],
					actions: [
						{ type: 'trigger_webhook', value: [String(rawHookId), CUSTOM_EVENT] },
						{ type: 'trigger_webhook', value: [String(nodeHookId), CUSTOM_EVENT] },
					],
				},
			],
		});
		f.later(() => f.admin.call('DELETE', `/api/v1/automations/rules/${rule.id}`));
		const answersBefore = rig.answers.length;
		const runsBefore = rig.runs.length;
		const { uuid } = await live.conversation('automation');
		const custom = await eventually(
			async () => about(uuid).find((delivery) => delivery.event === CUSTOM_EVENT),
			20000,
		);
		expect(custom).toBeDefined();
		expect(Object.keys(custom!.payload).sort()).toEqual(['actor_id', 'conversation']);
		expect(custom!.headers['x-libredesk-signature']).toBe(
			`sha256=${createHmac('sha256', SECRET).update(custom!.raw).digest('hex')}`,
		);
		// The trigger takes the rule's event name ("Automation Rule Event" with this name) and starts a run.
		const run = await eventually(
			async () => rig.runs.slice(runsBefore).find((items) => items[0].json.event === CUSTOM_EVENT),
			15000,
		);
		expect(run?.[0].json).toMatchObject({
			event: CUSTOM_EVENT,
			payload: { conversation: { uuid }, actor_id: expect.any(Number) },
		});
		expect(rig.answers.length).toBeGreaterThan(answersBefore);
	});

	it('deactivation switches the webhook off but keeps it, so the rules pointing at its ID work again later', async () => {
		const id = rig.staticData().webhookId as number;
		expect(await rig.hook('delete')).toBe(true);
		expect(await live.fixtures.admin.data('GET', `/api/v1/webhooks/${id}`)).toMatchObject({
			id,
			is_active: false,
			secret: '',
		});
		expect(conversationUuid).toBeDefined();
	});
});
