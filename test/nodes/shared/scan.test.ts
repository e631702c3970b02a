/** The trigger's reads through n8n-core's PollContext against the simulator. */
import { micros } from '../../../nodes/shared/instants';
import { messagesNewer, readActive } from '../../../nodes/shared/scan';
import { NodeOperationError } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../helpers/fixtures';
import { answerByRoute, hostileCredentials, useHostile } from '../../helpers/hostile';
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

describe('answers Libredesk would not send fail the poll (a server that answers them)', () => {
	const hostile = useHostile();
	const UUID = '5b0e7f1a-0000-4000-8000-000000000001';
	const MESSAGES = `GET /api/v1/conversations/${UUID}/messages`;
	const NOT_LIBREDESK = new RegExp(
		`answered ${MESSAGES.replace(/\//g, '\\/')} with something other than a Libredesk API response`,
	);
	const message = {
		id: 9,
		uuid: 'a1a1a1a1-0000-4000-8000-000000000009',
		type: 'incoming',
		private: false,
		created_at: '2026-08-08T07:00:05.000000Z',
	};
	const conversation = (lastMessageAt: string) => ({
		id: 1,
		uuid: UUID,
		status: 'Open',
		assigned_user_id: null,
		assigned_team_id: null,
		created_at: '2026-08-08T06:00:00.000000Z',
		updated_at: lastMessageAt,
		last_message_at: lastMessageAt,
	});
	const answers: Record<string, unknown> = {};
	const page = (results: unknown) => ({
		results,
		total: 1,
		page: 1,
		per_page: 100,
		total_pages: 1,
	});

	function rig() {
		answerByRoute(hostile.server, answers);
		answers['GET /api/v1/conversations/all'] = page([conversation('2026-08-08T07:00:00.000000Z')]);
		answers[MESSAGES] = page([]);
		return startPollRig(
			{ events: ['message.incoming', 'conversation.status_changed'] },
			hostileCredentials(hostile.server),
		);
	}

	it.each([
		['a list where the page belongs', [message], /the page is a list, not a record/],
		['a page as its results', page(page([message])), /the page's results is an object, not a list/],
		['text as its results', page('none'), /the page's results is text, not a list/],
		['a null entry', page([message, null]), /entry 2 of the page's results is null, not a record/],
		['text', 'ok', /the page is text, not a record/],
	])(
		'messages since the last poll answered with %s: the node’s error, static data unchanged',
		async (_case, bad, what) => {
			const poll = rig();
			expect(await poll.poll()).toEqual([]);
			const before = poll.saved();
			expect(before).not.toEqual({});
			// A new message moved the conversation; its messages come back in a shape Libredesk never sends.
			answers['GET /api/v1/conversations/all'] = page([
				conversation('2026-08-08T07:00:05.000000Z'),
			]);
			answers[MESSAGES] = bad;
			const error = await poll.poll().catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toMatch(NOT_LIBREDESK);
			expect((error as Error).message).toMatch(what);
			expect(poll.saved()).toEqual(before);
			// Once Libredesk answers again, the message fires.
			answers[MESSAGES] = page([message]);
			expect((await poll.poll()).map((item) => item.event_id)).toEqual([
				`message.created:${message.uuid}`,
			]);
		},
	);

	it.each([
		['a list where the page belongs', [message]],
		['a page as its results', page(page([message]))],
		['text as its results', page('none')],
		['a null entry', page([message, null])],
		['text', 'ok'],
	])(
		'a manual run (latest incoming message) answered with %s fails with the node’s error',
		async (_case, bad) => {
			const poll = rig();
			answers[MESSAGES] = bad;
			const error = await poll.poll('manual').catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toMatch(NOT_LIBREDESK);
			expect(poll.saved()).toEqual({});
		},
	);

	it('a conversation gone meanwhile (404) still has no messages', async () => {
		const poll = rig();
		delete answers[MESSAGES];
		expect(await poll.poll('manual')).toEqual(
			// Without its latest message only the status sample is left.
			[expect.objectContaining({ event: 'conversation.status_changed' })],
		);
	});
});
