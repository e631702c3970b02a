/**
 * What one poll fires, through n8n-core's PollContext against the simulator over real HTTP: each
 * change by itself, each message once whatever the volume, and new conversations whatever
 * Libredesk's clock says.
 */
import type { IDataObject } from 'n8n-workflow';

import { OVERLAP_MICROS } from '../../../nodes/LibredeskPollTrigger/memory';
import { storeMessage } from '../../../simulator/routes/conversationRecords';
import { credentialsFor, useSimulator } from '../../helpers/fixtures';
import { startPollRig } from '../../helpers/pollTrigger';
import type { PollRig } from '../../helpers/pollTrigger';
import { seedConversation, simCall } from '../../helpers/seed';

const ctx = useSimulator();

function rig(events: string[]): PollRig {
	return startPollRig({ events }, credentialsFor(ctx.sim));
}

const put = (uuid: string, path: string, body: object) =>
	simCall(ctx.sim, 'PUT', `/conversations/${uuid}/${path}`, body);

const events = (items: IDataObject[]) => items.map((item) => item.event);
const ids = (items: IDataObject[]) => items.map((item) => item.event_id as string);

describe('pollChanges', () => {
	it('fires a change and its reversal between two polls as two events', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const trigger = rig(['conversation.status_changed']);
		await trigger.poll();
		await put(uuid, 'status', { status: 'Resolved' });
		await put(uuid, 'status', { status: 'Open' });
		const items = await trigger.poll();
		expect(events(items)).toEqual(['conversation.status_changed', 'conversation.status_changed']);
		expect(new Set(ids(items)).size).toBe(2);
		expect(items.map((item) => (item.activity as IDataObject).content)).toEqual([
			'Ada Admin marked the conversation as Resolved',
			'Ada Admin marked the conversation as Open',
		]);
		// What it was at the last poll, and what it is now.
		expect(items[0]).toMatchObject({
			previous: { status: 'Open' },
			conversation: { uuid, status: 'Open' },
		});
		expect(await trigger.poll()).toEqual([]);
	});

	it('fires two assignments between two polls as two events', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const trigger = rig(['conversation.assignee_changed']);
		await trigger.poll();
		await put(uuid, 'assignee/user', { assignee_id: 2 });
		await put(uuid, 'assignee/user', { assignee_id: 3 });
		const items = await trigger.poll();
		expect(events(items)).toEqual([
			'conversation.assignee_changed',
			'conversation.assignee_changed',
		]);
		expect(new Set(ids(items)).size).toBe(2);
		expect(items[1]).toMatchObject({ conversation: { assigned_user_id: 3 } });
		expect(await trigger.poll()).toEqual([]);
	});

	it('fires the removal of the agent, which Libredesk records no entry for, from the state', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await put(uuid, 'assignee/user', { assignee_id: 2 });
		const trigger = rig(['conversation.assignee_changed']);
		await trigger.poll();
		await put(uuid, 'assignee/user/remove', {});
		const items = await trigger.poll();
		expect(items).toMatchObject([
			{ previous: { assigned_user_id: 2 }, conversation: { assigned_user_id: null } },
		]);
		expect(items[0].event_id).toMatch(new RegExp(`^conversation\\.assignee_changed:${uuid}@\\d+$`));
		expect(await trigger.poll()).toEqual([]);
	});

	it('fires a removal of the agent after an assignment between two polls as an event of its own', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const trigger = rig(['conversation.assignee_changed']);
		await trigger.poll();
		await put(uuid, 'assignee/user', { assignee_id: 2 });
		await put(uuid, 'assignee/user/remove', {});
		const items = await trigger.poll();
		expect(items.map((item) => (item.activity as IDataObject | undefined)?.content)).toEqual([
			'Assigned to Bo Agent by Ada Admin',
			undefined,
		]);
		expect(items[1].event_id).toMatch(new RegExp(`@\\d+$`));
		expect(await trigger.poll()).toEqual([]);
	});

	it('leaves a change made while it reads to the next poll: the entry fires once, and no made-up removal', async () => {
		const trigger = rig(['conversation.assignee_changed', 'conversation.status_changed']);
		await trigger.poll();
		const { uuid } = await seedConversation(ctx.sim);
		// The poll lists the conversation (no agent yet); the agent is assigned before it reads the
		// conversation's entries, as on a busy helpdesk where a poll takes seconds.
		let assigned: Promise<unknown> | undefined;
		ctx.sim.setLatency((request) => {
			if (assigned || !request.path.includes(`/conversations/${uuid}/messages`)) return 0;
			assigned = put(uuid, 'assignee/user', { assignee_id: 2 });
			return 300;
		});
		let during: IDataObject[];
		try {
			during = await trigger.poll();
			await assigned;
		} finally {
			ctx.sim.setLatency(0);
		}
		expect(assigned).toBeDefined();
		const after = await trigger.poll();
		const fired = [...during, ...after];
		expect(fired.map((item) => (item.activity as IDataObject | undefined)?.content)).toEqual([
			'Assigned to Bo Agent by Ada Admin',
		]);
		expect(ids(fired)[0]).not.toMatch(/@/);
		expect(after).toMatchObject([{ conversation: { assigned_user_id: 2 } }]);
		expect(await trigger.poll()).toEqual([]);
	});

	it('fires each of more than 5,000 customer messages inside the window once, and never again', async () => {
		const trigger = rig(['message.incoming']);
		await trigger.poll();
		const perConversation = 90;
		const conversations: Array<{ id: number; contact: { id: number } }> = [];
		const customerWrites = (conversation: (typeof conversations)[number], text: string) =>
			storeMessage(ctx.sim, {
				type: 'incoming',
				status: 'received',
				conversation_id: conversation.id,
				content: `<p>${text}</p>`,
				content_type: 'html',
				private: false,
				sender_id: conversation.contact.id,
				sender_type: 'contact',
				meta: {},
				attachments: [],
			});
		for (let index = 0; index < 60; index++) {
			const conversation = await seedConversation(ctx.sim, { content: '<p>first</p>' });
			conversations.push(conversation);
			for (let number = 1; number < perConversation; number++)
				customerWrites(conversation, `${index}/${number}`);
		}
		const fired = await trigger.poll();
		expect(fired).toHaveLength(conversations.length * perConversation);
		const messages = fired.map((item) => (item.message as IDataObject).uuid);
		expect(new Set(messages).size).toBe(fired.length);

		// Each conversation gets one more, still inside the window: only those fire.
		for (const conversation of conversations) customerWrites(conversation, 'one more');
		const more = await trigger.poll();
		expect(more.map((item) => (item.message as IDataObject).text_content)).toEqual(
			conversations.map(() => 'one more'),
		);
		// Every later poll reads the same window again (the overlap) and fires none of them.
		for (let poll = 0; poll < 3; poll++) {
			trigger.restart();
			expect(await trigger.poll()).toEqual([]);
		}
	}, 60_000);

	it('fires conversations created after Libredesk’s clock stepped back', async () => {
		await seedConversation(ctx.sim);
		const trigger = rig(['conversation.created', 'message.incoming']);
		await trigger.poll();
		// NTP steps Libredesk's clock two minutes back (less than the window, so they are listed).
		const stepBack = (OVERLAP_MICROS / 1000) * 0.4;
		const clock = ctx.sim.state.now;
		ctx.sim.state.now = () => new Date(Date.now() - stepBack).toISOString();
		const late = await seedConversation(ctx.sim, { content: '<p>From the past</p>' }).finally(
			() => (ctx.sim.state.now = clock),
		);
		const items = await trigger.poll();
		expect(items.map((item) => [item.event, (item.conversation as IDataObject).uuid])).toEqual([
			['conversation.created', late.uuid],
			['message.incoming', late.uuid],
		]);
		expect(await trigger.poll()).toEqual([]);
	});
});
