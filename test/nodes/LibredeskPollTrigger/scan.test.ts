/** The trigger's reads through n8n-core's PollContext against the simulator. */
import { micros } from '../../../nodes/LibredeskPollTrigger/instants';
import { messagesNewer, readActive } from '../../../nodes/LibredeskPollTrigger/scan';
import { credentialsFor, requestsTo, useSimulator } from '../../helpers/fixtures';
import { startPollRig } from '../../helpers/pollTrigger';
import { seedConversation, simCall } from '../../helpers/seed';
import type { SeededConversation } from '../../helpers/seed';

const ctx = useSimulator();
const context = () =>
	startPollRig({ events: ['message.incoming'] }, credentialsFor(ctx.sim)).context();

describe('messagesNewer', () => {
	it('reads pages newest first until the window starts, and answers oldest first', async () => {
		const admin = ctx.sim.state.users[0];
		if (!admin.roles.includes('Contact Messages')) admin.roles.push('Contact Messages');
		const { uuid } = await seedConversation(ctx.sim, { content: '<p>m0</p>' });
		for (let index = 1; index <= 150; index++)
			await simCall(ctx.sim, 'POST', `/conversations/${uuid}/messages`, {
				sender_type: 'contact',
				message: `<p>m${index}</p>`,
			});
		const conversationId = ctx.sim.state.conversations.find((c) => c.uuid === uuid)!.id;
		const stored = ctx.sim.state.messages.filter((m) => m.conversation_id === conversationId);
		// Distinct times, one millisecond apart, as Postgres would have them.
		stored.forEach((message, index) => {
			message.created_at = new Date(Date.UTC(2026, 7, 8, 7, 0, 0, index)).toISOString();
		});
		const path = `/api/v1/conversations/${uuid}/messages`;

		ctx.sim.clearRequests();
		const since = micros(stored[100].created_at);
		const recent = await messagesNewer.call(context(), uuid, ['incoming'], { since });
		expect(recent.map((message) => message.text_content)).toEqual(
			Array.from({ length: 50 }, (_, index) => `m${101 + index}`),
		);
		// 50 of the newest 100 are inside the window: the first page is enough.
		expect(requestsTo(ctx.sim, 'GET', path)).toHaveLength(1);
		expect(requestsTo(ctx.sim, 'GET', path)[0].query).toMatchObject({
			type: 'incoming',
			page_size: '100',
		});

		ctx.sim.clearRequests();
		const all = await messagesNewer.call(context(), uuid, ['incoming'], { since: undefined });
		expect(all).toHaveLength(151);
		expect(all[0].text_content).toBe('m0');
		expect(requestsTo(ctx.sim, 'GET', path)).toHaveLength(2);

		// Above a mark (a message ID) instead of after a time: the clock is not asked.
		ctx.sim.clearRequests();
		const marked = await messagesNewer.call(context(), uuid, ['incoming'], {
			mark: stored[140].id,
		});
		expect(marked.map((message) => message.text_content)).toEqual(
			Array.from({ length: 10 }, (_, index) => `m${141 + index}`),
		);
		expect(requestsTo(ctx.sim, 'GET', path)).toHaveLength(1);
	});

	it('finds nothing in a conversation deleted meanwhile', async () => {
		expect(
			await messagesNewer.call(context(), '00000000-0000-4000-8000-000000000000', ['incoming'], {
				mark: 0,
			}),
		).toEqual([]);
	});
});

describe('readActive', () => {
	it('reads the conversations whose last message is later than the bound', async () => {
		const seeded: SeededConversation[] = [];
		for (let index = 0; index < 3; index++) seeded.push(await seedConversation(ctx.sim));
		const stored = seeded.map(({ uuid }) =>
			ctx.sim.state.conversations.find((c) => c.uuid === uuid)!,
		);
		// One millisecond apart, in the future so that no other conversation of this file counts.
		stored.forEach((conversation, index) => {
			conversation.last_message_at = new Date(Date.UTC(2099, 0, 1, 0, 0, 0, index)).toISOString();
		});
		const rows = await readActive.call(context(), [], micros(stored[0].last_message_at));
		expect(rows.map((row) => row.uuid)).toEqual([seeded[2].uuid, seeded[1].uuid]);
	});
});
