/* eslint-disable no-console -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The Libredesk Polling Trigger through n8n-core's PollContext against a live Libredesk: real
 * timestamps (microseconds, the database's zone), real activity entries, a restart in between.
 * Other runs may be busy on the same server, so only items about this file's conversations count.
 */
import type { IDataObject } from 'n8n-workflow';

import { startPollRig } from '../helpers/pollTrigger';
import type { PollRig } from '../helpers/pollTrigger';
import { startTriggerRig } from '../helpers/trigger';
import { LibredeskClient, eventually } from './api';
import { letAgentWriteAsContact } from './contactWriter';
import { useLive } from './useLive';

const live = useLive();
const ALL = [
	'conversation.created',
	'conversation.status_changed',
	'conversation.assignee_changed',
	'message.incoming',
];

let trigger: PollRig;
const mine = new Set<string>();

/** The poll's items about this file's conversations, as [event, uuid, message text]. */
async function poll(): Promise<unknown[][]> {
	return (await trigger.poll())
		.filter((item) => mine.has((item.conversation as IDataObject).uuid as string))
		.map((item) => [
			item.event,
			(item.conversation as IDataObject).uuid,
			...(item.message ? [(item.message as IDataObject).text_content] : []),
		]);
}

describe('Libredesk Polling Trigger against a live Libredesk', () => {
	it('starts silently, fires each new conversation, change and customer message once, and misses nothing across a restart', async () => {
		const f = live.fixtures;
		const before = await live.conversation('poll-before');
		mine.add(before.uuid);
		trigger = startPollRig(
			{ events: ALL, options: { inboxIds: [f.inboxes.email] } },
			live.credentials,
		);
		expect(await trigger.poll()).toEqual([]);
		expect(await poll()).toEqual([]);

		const created = await live.conversation('poll-new');
		mine.add(created.uuid);
		expect(await poll()).toEqual([
			['conversation.created', created.uuid],
			['message.incoming', created.uuid, 'poll-new'],
		]);
		expect(await poll()).toEqual([]);

		await f.admin.data('PUT', `/api/v1/conversations/${before.uuid}/status`, {
			status: 'Resolved',
		});
		await f.admin.data('PUT', `/api/v1/conversations/${created.uuid}/assignee/team`, {
			assignee_id: f.teams[0].id,
		});
		const changes = await trigger.poll();
		expect(
			changes
				.filter((item) => mine.has((item.conversation as IDataObject).uuid as string))
				.map((item) => [item.event, (item.conversation as IDataObject).uuid, item.previous]),
		).toEqual([
			[
				'conversation.status_changed',
				before.uuid,
				{ status: 'Open', assigned_user_id: null, assigned_team_id: null },
			],
			[
				'conversation.assignee_changed',
				created.uuid,
				{ status: 'Open', assigned_user_id: null, assigned_team_id: null },
			],
		]);
		expect(await poll()).toEqual([]);

		// n8n restarts; meanwhile the customer writes, and a private note is added.
		const key = await letAgentWriteAsContact(f, 'poll contact writer');
		const writer = new LibredeskClient(live.credentials.baseUrl, key.key, key.secret);
		await writer.data('POST', `/api/v1/conversations/${before.uuid}/messages`, {
			sender_type: 'contact',
			message: '<p>Still broken</p>',
		});
		await f.admin.data('POST', `/api/v1/conversations/${created.uuid}/messages`, {
			sender_type: 'agent',
			private: true,
			message: '<p>internal</p>',
		});
		trigger.restart();
		const after = await poll();
		// The customer's message reopened the resolved conversation (a status change too).
		expect(after).toEqual(
			expect.arrayContaining([
				['message.incoming', before.uuid, 'Still broken'],
				['conversation.status_changed', before.uuid],
			]),
		);
		expect(after).toHaveLength(2);
		trigger.restart();
		expect(await poll()).toEqual([]);
	});

	it('in a manual run shows the newest conversation of the inbox without remembering anything', async () => {
		const f = live.fixtures;
		const newest = await live.conversation('poll-sample');
		const sampler = startPollRig(
			{ events: ['conversation.created'], options: { inboxIds: [f.inboxes.email] } },
			live.credentials,
		);
		const [item] = await sampler.poll('manual');
		expect(item).toMatchObject({ event: 'conversation.created' });
		// Another run may have created a newer one meanwhile; ours is at least as new as the sample.
		expect(typeof (item.conversation as IDataObject).uuid).toBe('string');
		expect(newest.uuid).toEqual(expect.any(String));
		expect(sampler.saved()).toEqual({});
	});

	it('gives each event the same event_id as the Libredesk Trigger (webhooks), distinct for a change and its reversal', async () => {
		const f = live.fixtures;
		const hooks = await startTriggerRig(
			{
				events: [
					'conversation.created',
					'conversation.status_changed',
					'conversation.assigned',
					'conversation.unassigned',
					'message.created',
				],
			},
			live.credentials,
		);
		f.later(() => hooks.close());
		expect(await hooks.hook('create')).toBe(true);
		const hookId = hooks.staticData().webhookId as number;
		f.later(() => f.admin.call('DELETE', `/api/v1/webhooks/${hookId}`));
		const poller = startPollRig(
			{ events: ALL, options: { inboxIds: [f.inboxes.email] } },
			live.credentials,
		);
		await poller.poll();

		const { uuid } = await live.conversation('event-ids');
		const put = (path: string, body: object) =>
			f.admin.data('PUT', `/api/v1/conversations/${uuid}/${path}`, body);
		await put('status', { status: 'Resolved' });
		await put('status', { status: 'Open' });
		await put('assignee/user', { assignee_id: f.agent.id });
		await put('assignee/team', { assignee_id: f.teams[0].id });
		const key = await letAgentWriteAsContact(f, 'event-id writer');
		const writer = new LibredeskClient(live.credentials.baseUrl, key.key, key.secret);
		await writer.data('POST', `/api/v1/conversations/${uuid}/messages`, {
			sender_type: 'contact',
			message: '<p>Any news?</p>',
		});

		/** The webhook items of this conversation the polling trigger also knows. */
		const delivered = () =>
			hooks.runs
				.map((run) => run[0].json)
				.filter((item) => {
					const payload = item.payload as IDataObject;
					const about =
						payload.uuid === uuid ||
						payload.conversation_uuid === uuid ||
						(payload.conversation as IDataObject | undefined)?.uuid === uuid;
					return about && (item.event !== 'message.created' || payload.type === 'incoming');
				})
				.map((item) => [item.event, item.event_id as string]);
		// created, 2 incoming messages, 2 status changes, assigned, unassigned (the team change).
		const webhookIds = await eventually(
			async () => (delivered().length >= 7 ? delivered() : undefined),
			20000,
		);
		expect(webhookIds).toHaveLength(7);

		const polled = (await poller.poll()).filter(
			(item) => (item.conversation as IDataObject).uuid === uuid,
		);
		expect(polled.map((item) => item.event)).toEqual([
			'conversation.created',
			'message.incoming',
			'conversation.status_changed',
			'conversation.status_changed',
			'conversation.assignee_changed',
			'conversation.assignee_changed',
			'message.incoming',
		]);
		const pollIds = polled.map((item) => item.event_id as string);
		expect(new Set(pollIds).size).toBe(7);
		expect([...pollIds].sort()).toEqual(webhookIds!.map(([, id]) => id).sort());
		console.log(
			`Event keys, webhook and poll alike: ${webhookIds!.map(([event, id]) => `${event} → ${id}`).join('; ')}`,
		);

		// Removing the agent: Libredesk records no entry; both key it by the conversation's updated_at.
		await put('assignee/user', { assignee_id: f.agent.id });
		await poller.poll();
		const before = hooks.runs.length;
		await f.admin.data('PUT', `/api/v1/conversations/${uuid}/assignee/user/remove`);
		const removal = await eventually(
			async () =>
				hooks.runs
					.slice(before)
					.map((run) => run[0].json)
					.find((item) => item.event === 'conversation.unassigned'),
			20000,
		);
		expect(removal?.event_id).toMatch(new RegExp(`^conversation\\.assignee_changed:${uuid}@\\d+$`));
		const removed = (await poller.poll()).filter(
			(item) => (item.conversation as IDataObject).uuid === uuid,
		);
		expect(removed.map((item) => item.event_id)).toEqual([removal?.event_id]);
		expect(await hooks.hook('delete')).toBe(true);
	});
});
