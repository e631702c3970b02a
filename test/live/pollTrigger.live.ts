/**
 * The Libredesk Polling Trigger through n8n-core's PollContext against a live Libredesk: real
 * timestamps (microseconds, the database's zone), real activity entries, a restart in between.
 * Other runs may be busy on the same server, so only items about this file's conversations count.
 */
import type { IDataObject } from 'n8n-workflow';

import { startPollRig } from '../helpers/pollTrigger';
import type { PollRig } from '../helpers/pollTrigger';
import { LibredeskClient } from './api';
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
});
