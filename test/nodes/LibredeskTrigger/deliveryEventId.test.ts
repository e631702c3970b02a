/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The same Libredesk event gives the same event_id in the Libredesk Trigger (deliveries from the
 * simulator over real HTTP, through n8n-core's WebhookContext) and in the Libredesk Polling
 * Trigger (n8n-core's PollContext), and in a replay of either.
 */
import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import type { IDataObject } from 'n8n-workflow';

import { micros } from '../../../nodes/shared/instants';
import { credentialsFor, useSimulator } from '../../helpers/fixtures';
import {
	REGISTRATION_ROUTES,
	answerByRoute,
	hostileCredentials,
	useHostile,
} from '../../helpers/hostile';
import { startPollRig } from '../../helpers/pollTrigger';
import { seedConversation, simCall } from '../../helpers/seed';
import { deliver, startTriggerRig } from '../../helpers/trigger';
import { sign } from '../../../simulator/webhooks';
import type { TriggerRig } from '../../helpers/trigger';

const ctx = useSimulator();
let hooks: TriggerRig;

const WEBHOOK_EVENTS = [
	'conversation.created',
	'conversation.status_changed',
	'conversation.assigned',
	'conversation.unassigned',
	'message.created',
];
const POLL_EVENTS = [
	'conversation.created',
	'conversation.status_changed',
	'conversation.assignee_changed',
	'message.incoming',
];

beforeEach(async () => {
	const admin = ctx.sim.state.users[0];
	if (!admin.roles.includes('Contact Messages')) admin.roles.push('Contact Messages');
	hooks = await startTriggerRig({ events: WEBHOOK_EVENTS }, credentialsFor(ctx.sim));
	expect(await hooks.hook('create')).toBe(true);
});

afterEach(async () => {
	await hooks.close();
});

const put = (uuid: string, path: string, body: object) =>
	simCall(ctx.sim, 'PUT', `/conversations/${uuid}/${path}`, body);

/** The webhook items the polling trigger also knows: all but agents' messages and activity entries. */
function webhookIds(): string[] {
	return hooks.runs
		.map((run) => run[0].json)
		.filter((item) => {
			const payload = item.payload as IDataObject;
			return item.event !== 'message.created' || payload.type === 'incoming';
		})
		.map((item) => item.event_id as string);
}

const ids = (items: IDataObject[]) => items.map((item) => item.event_id as string);

async function delivered() {
	await ctx.sim.webhooks.settled();
	// Each delivery is answered once its key is resolved; the runs follow the answers.
	await new Promise((done) => setTimeout(done, 50));
}

describe('event_id in both triggers', () => {
	it('is the same for every event either trigger sees, and distinct for a change and its reversal', async () => {
		const poller = startPollRig({ events: POLL_EVENTS }, credentialsFor(ctx.sim));
		await poller.poll();

		const { uuid } = await seedConversation(ctx.sim, { content: '<p>Hello</p>' });
		await put(uuid, 'status', { status: 'Resolved' });
		await put(uuid, 'status', { status: 'Open' });
		await put(uuid, 'assignee/user', { assignee_id: 2 });
		await put(uuid, 'assignee/user', { assignee_id: 3 });
		await put(uuid, 'assignee/team', { assignee_id: 1 });
		await simCall(ctx.sim, 'POST', `/conversations/${uuid}/messages`, {
			sender_type: 'contact',
			message: '<p>Still there?</p>',
		});
		await delivered();

		const saved = poller.saved();
		const polled = await poller.poll();
		expect(polled.map((item) => item.event)).toEqual([
			'conversation.created',
			'message.incoming',
			'conversation.status_changed',
			'conversation.status_changed',
			'conversation.assignee_changed',
			'conversation.assignee_changed',
			'conversation.assignee_changed',
			'message.incoming',
		]);
		expect(new Set(ids(polled)).size).toBe(polled.length);
		expect(ids(polled).sort()).toEqual(webhookIds().sort());
		expect(ids(polled)[0]).toBe(`conversation.created:${uuid}`);
		expect(ids(polled)[2]).toMatch(/^conversation\.status_changed:[0-9a-f-]{36}$/);

		// A replay of the poll (as after an execution that failed) gives the same keys.
		const replay = startPollRig({ events: POLL_EVENTS }, credentialsFor(ctx.sim));
		Object.assign(
			replay.context().getWorkflowStaticData('node'),
			saved['node:Libredesk Polling Trigger'],
		);
		expect(ids(await replay.poll())).toEqual(ids(polled));
	});

	it('keys a removal Libredesk records no entry for by the conversation as it left it, in both', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await put(uuid, 'assignee/user', { assignee_id: 2 });
		const poller = startPollRig(
			{ events: ['conversation.assignee_changed'] },
			credentialsFor(ctx.sim),
		);
		await poller.poll();
		await delivered();
		const before = hooks.runs.length;

		await simCall(ctx.sim, 'PUT', `/conversations/${uuid}/assignee/user/remove`, {});
		await delivered();
		const removal = hooks.runs.slice(before).map((run) => run[0].json);
		expect(removal.map((item) => item.event)).toEqual(['conversation.unassigned']);
		expect(removal[0].event_id).toMatch(
			new RegExp(`^conversation\\.assignee_changed:${uuid}@\\d+$`),
		);
		expect(ids(await poller.poll())).toEqual([removal[0].event_id]);
	});

	it('is the same when a delivery is replayed later to another trigger process, after more changes', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await put(uuid, 'status', { status: 'Resolved' });
		await delivered();
		const original = hooks.runs
			.map((run) => run[0].json)
			.find((item) => item.event === 'conversation.status_changed')!;
		const captured = hooks.received.find((request) =>
			request.body.includes('"conversation.status_changed"'),
		)!;
		// Meanwhile the status changes back and forth: newer entries of the same kind.
		await put(uuid, 'status', { status: 'Open' });
		await put(uuid, 'status', { status: 'Resolved' });
		await delivered();

		const other = await startTriggerRig({ events: WEBHOOK_EVENTS }, credentialsFor(ctx.sim), {
			nodeId: 'other-node',
			webhookId: 'other-webhook',
		});
		try {
			expect(await other.hook('create')).toBe(true);
			const secret = other.staticData().webhookSecret as string;
			const response = await fetch(other.webhookUrl, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					'X-Libredesk-Signature': sign(secret, captured.body),
				},
				body: captured.body,
			});
			expect(response.status).toBe(200);
			expect(other.runs.map((run) => run[0].json.event_id)).toEqual([original.event_id]);
		} finally {
			await other.close();
		}
	});
});

describe('activity entries answered in a shape Libredesk never sends', () => {
	const hostile = useHostile();
	const UUID = '5b0e7f1a-0000-4000-8000-000000000003';
	const ENTRIES = `GET /api/v1/conversations/${UUID}/messages`;
	const entry = {
		id: 4,
		uuid: 'e4e4e4e4-0000-4000-8000-000000000004',
		type: 'activity',
		meta: { activity_type: 'status_change' },
		created_at: '2026-08-08T07:00:00.200000Z',
	};
	const page = (results: unknown) => ({ results, total: 1, page: 1, per_page: 50, total_pages: 1 });

	it.each([
		['a list where the page belongs', [entry], /the page is a list, not a record/],
		['a page as its results', page(page([entry])), /the page's results is an object, not a list/],
		['a null entry', page([null, entry]), /entry 1 of the page's results is null, not a record/],
		['text', 'ok', /the page is text, not a record/],
	])(
		'%s: the delivery still starts the workflow at once, keyed by the state, and the log names the route',
		async (_case, bad, what) => {
			answerByRoute(hostile.server, { ...REGISTRATION_ROUTES, [ENTRIES]: bad });
			const warn = jest.spyOn(Container.get(Logger), 'warn');
			const rig = await startTriggerRig(
				{ events: ['conversation.status_changed'] },
				hostileCredentials(hostile.server),
			);
			try {
				await rig.hook('create');
				const updatedAt = '2026-08-08T07:00:00.123456Z';
				const answer = await deliver(rig, 'conversation.status_changed', {
					conversation_uuid: UUID,
					conversation: { uuid: UUID, status: 'Resolved', updated_at: updatedAt },
				});
				expect(answer).toEqual({ status: 200, text: '{"message":"Workflow was started"}' });
				expect(rig.runs.map((run) => run[0].json.event_id)).toEqual([
					`conversation.status_changed:${UUID}@${micros(updatedAt)}`,
				]);
				// Refused on the first read, not read again as if the entry were still to come.
				expect(
					hostile.server.requests.filter((request) => request.url.startsWith(ENTRIES.slice(4))),
				).toHaveLength(1);
				const logged = warn.mock.calls.map(([message]) => String(message)).join('\n');
				expect(logged).toMatch(
					new RegExp(
						`could not read the activity entry .*answered ${ENTRIES.replace(/\//g, '\\/')} with something other than a Libredesk API response`,
					),
				);
				expect(logged).toMatch(what);
			} finally {
				warn.mockRestore();
				await rig.close();
			}
		},
	);
});

describe('Polling Trigger in This Workflow: a change whose entry is not found is left to the poll', () => {
	const hostile = useHostile();
	const UUID = '5b0e7f1a-0000-4000-8000-000000000005';
	const ENTRIES = `GET /api/v1/conversations/${UUID}/messages`;
	const updatedAt = '2026-08-08T07:00:00.123456Z';
	const noEntries = { results: [], total: 0, page: 1, per_page: 50, total_pages: 1 };

	async function deliverOnce(
		event: string,
		entries: unknown,
		withPollingTrigger: boolean,
	): Promise<{ answer: { status: number; text: string }; keys: unknown[]; reads: number }> {
		answerByRoute(hostile.server, { ...REGISTRATION_ROUTES, [ENTRIES]: entries });
		const rig = await startTriggerRig(
			{ events: [event], options: { withPollingTrigger } },
			hostileCredentials(hostile.server),
		);
		try {
			await rig.hook('create');
			const answer = await deliver(rig, event, {
				conversation_uuid: UUID,
				conversation: { uuid: UUID, status: 'Resolved', updated_at: updatedAt },
			});
			return {
				answer,
				keys: rig.runs.map((run) => run[0].json.event_id),
				reads: hostile.server.requests.filter((request) => request.url.startsWith(ENTRIES.slice(4)))
					.length,
			};
		} finally {
			await rig.close();
		}
	}

	it.each(['conversation.status_changed', 'conversation.assigned'])(
		'%s: with the option, no run starts after the entry was read again for 2 seconds; without it, the state is the key',
		async (event) => {
			const left = await deliverOnce(event, noEntries, true);
			expect(left.answer).toEqual({ status: 200, text: 'left to the Polling Trigger' });
			expect(left.keys).toEqual([]);
			expect(left.reads).toBeGreaterThan(1);

			const fired = await deliverOnce(event, noEntries, false);
			expect(fired.answer.status).toBe(200);
			expect(fired.keys).toEqual([
				`${event === 'conversation.assigned' ? 'conversation.assignee_changed' : event}:${UUID}@${micros(updatedAt)}`,
			]);
		},
	);

	it('an answer that is not a page of entries is left to the poll too, with a warning', async () => {
		const warn = jest.spyOn(Container.get(Logger), 'warn');
		try {
			const left = await deliverOnce('conversation.status_changed', 'ok', true);
			expect(left.answer).toEqual({ status: 200, text: 'left to the Polling Trigger' });
			expect(left.keys).toEqual([]);
			expect(warn.mock.calls.map(([message]) => String(message)).join('\n')).toMatch(
				/it is left to the Polling Trigger/,
			);
		} finally {
			warn.mockRestore();
		}
	});

	it('a removal of the agent, which Libredesk records no entry for, still fires under its state key', async () => {
		const fired = await deliverOnce('conversation.unassigned', noEntries, true);
		expect(fired.answer.status).toBe(200);
		expect(fired.keys).toEqual([`conversation.assignee_changed:${UUID}@${micros(updatedAt)}`]);
	});
});
