/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/** The polling trigger through n8n-core's PollContext against the simulator, over real HTTP. */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import codex from '../../../nodes/LibredeskPollTrigger/LibredeskPollTrigger.node.json';
import { LibredeskPollTrigger } from '../../../nodes/LibredeskPollTrigger/LibredeskPollTrigger.node';
import { credentialsFor, useSimulator } from '../../helpers/fixtures';
import { POLL_TRIGGER_TYPE, resolvedSubtitle } from '../../helpers/n8n';
import { startPollRig } from '../../helpers/pollTrigger';
import type { PollRig } from '../../helpers/pollTrigger';
import { seedConversation, simCall } from '../../helpers/seed';

const ctx = useSimulator();
const ALL = [
	'conversation.created',
	'conversation.status_changed',
	'conversation.assignee_changed',
	'message.incoming',
];

function rig(events = ALL, options: IDataObject = {}): PollRig {
	return startPollRig({ events, options: options as INodeParameters }, credentialsFor(ctx.sim));
}

/** What each item says, to compare whole polls at a glance. */
const summary = (items: IDataObject[]) =>
	items.map((item) => [
		item.event,
		(item.conversation as IDataObject).uuid,
		...(item.message ? [(item.message as IDataObject).text_content] : []),
	]);

beforeEach(() => {
	// Customers' messages are recorded with messages:write_as_contact (no default role has it).
	const admin = ctx.sim.state.users[0];
	if (!admin.roles.includes('Contact Messages')) admin.roles.push('Contact Messages');
});

const customerWrites = (uuid: string, text: string) =>
	simCall(ctx.sim, 'POST', `/conversations/${uuid}/messages`, {
		sender_type: 'contact',
		message: `<p>${text}</p>`,
	});
const setStatus = (uuid: string, status: string) =>
	simCall(ctx.sim, 'PUT', `/conversations/${uuid}/status`, { status });

describe('Libredesk Polling Trigger', () => {
	it('starts silently, then fires each new conversation, change and customer message once', async () => {
		const before = await seedConversation(ctx.sim, { subject: 'Before' });
		const trigger = rig();
		expect(await trigger.poll()).toEqual([]);
		expect(await trigger.poll()).toEqual([]);

		const fresh = await seedConversation(ctx.sim, { subject: 'Fresh', content: '<p>Help</p>' });
		expect(summary(await trigger.poll())).toEqual([
			['conversation.created', fresh.uuid],
			['message.incoming', fresh.uuid, 'Help'],
		]);
		expect(await trigger.poll()).toEqual([]);

		await setStatus(before.uuid, 'Resolved');
		await simCall(ctx.sim, 'PUT', `/conversations/${fresh.uuid}/assignee/user`, {
			assignee_id: 2,
		});
		const changes = await trigger.poll();
		expect(summary(changes)).toEqual([
			['conversation.status_changed', before.uuid],
			['conversation.assignee_changed', fresh.uuid],
		]);
		expect(changes[0]).toMatchObject({
			previous: { status: 'Open', assigned_user_id: null, assigned_team_id: null },
			conversation: { status: 'Resolved' },
			timestamp: expect.stringMatching(/^\d{4}-/),
		});
		expect(changes[1]).toMatchObject({
			previous: { assigned_user_id: null },
			conversation: { assigned_user_id: 2 },
		});
		expect(await trigger.poll()).toEqual([]);

		// Agents' replies, notes and activity entries are not customer messages; the customer's is.
		await simCall(ctx.sim, 'POST', `/conversations/${fresh.uuid}/messages`, {
			sender_type: 'agent',
			private: true,
			message: '<p>note</p>',
		});
		await customerWrites(fresh.uuid, 'Any news?');
		expect(summary(await trigger.poll())).toEqual([['message.incoming', fresh.uuid, 'Any news?']]);
		expect(await trigger.poll()).toEqual([]);
	});

	it('misses nothing across a restart and fires nothing twice', async () => {
		const trigger = rig();
		const { uuid } = await seedConversation(ctx.sim);
		await trigger.poll();
		expect(await trigger.poll()).toEqual([]);

		// n8n stops; Libredesk goes on; n8n starts again with the saved static data.
		await setStatus(uuid, 'Resolved');
		await customerWrites(uuid, 'While you were away');
		const created = await seedConversation(ctx.sim);
		trigger.restart();
		const after = await trigger.poll();
		// The customer's message reopened it: Resolved and back to Open are two changes, each fired.
		expect(summary(after)).toEqual([
			['conversation.status_changed', uuid],
			['message.incoming', uuid, 'While you were away'],
			['conversation.status_changed', uuid],
			['conversation.created', created.uuid],
			['message.incoming', created.uuid, 'Hello'],
		]);
		expect(after.filter((item) => item.event === 'conversation.status_changed')).toMatchObject([
			{ activity: { meta: { activity_type: 'status_change' } } },
			{ activity: { meta: { activity_type: 'status_change' } } },
		]);
		trigger.restart();
		expect(await trigger.poll()).toEqual([]);
	});

	it('notices a change of a conversation it never saw (quiet since before the trigger started)', async () => {
		const old = await seedConversation(ctx.sim);
		// Quiet for a day: outside the first poll's window.
		const stored = ctx.sim.state.conversations.find((c) => c.uuid === old.uuid)!;
		const dayAgo = new Date(Date.now() - 86_400_000).toISOString();
		Object.assign(stored, {
			created_at: dayAgo,
			last_message_at: dayAgo,
			last_interaction_at: dayAgo,
		});
		await seedConversation(ctx.sim);
		const trigger = rig();
		await trigger.poll();
		expect(trigger.saved()).toMatchObject({
			'node:Libredesk Polling Trigger': {
				libredeskPoll: {
					conversations: expect.not.objectContaining({ [old.uuid]: expect.anything() }),
				},
			},
		});

		await setStatus(old.uuid, 'Resolved');
		await simCall(ctx.sim, 'PUT', `/conversations/${old.uuid}/assignee/team`, { assignee_id: 1 });
		const items = await trigger.poll();
		expect(summary(items)).toEqual([
			['conversation.status_changed', old.uuid],
			['conversation.assignee_changed', old.uuid],
		]);
		// What it was before is unknown: the trigger had not seen it.
		expect(items.map((item) => item.previous)).toEqual([null, null]);
		expect(await trigger.poll()).toEqual([]);
	});

	it('keeps to the chosen inboxes (asked of Libredesk) and teams', async () => {
		const trigger = rig(['conversation.created', 'conversation.assignee_changed'], {
			inboxIds: [2],
			teamIds: [1],
		});
		await trigger.poll();
		const support = await seedConversation(ctx.sim, { inbox_id: 1, team_id: 1 });
		const billing = await seedConversation(ctx.sim, { inbox_id: 2, team_id: 1 });
		const untouched = await seedConversation(ctx.sim, { inbox_id: 2 });
		// Created with a team: the assignment is an event too (as Libredesk's webhooks report it).
		expect(summary(await trigger.poll())).toEqual([
			['conversation.created', billing.uuid],
			['conversation.assignee_changed', billing.uuid],
		]);
		await simCall(ctx.sim, 'PUT', `/conversations/${untouched.uuid}/assignee/team`, {
			assignee_id: 1,
		});
		await simCall(ctx.sim, 'PUT', `/conversations/${support.uuid}/assignee/team`, {
			assignee_id: 2,
		});
		expect(summary(await trigger.poll())).toEqual([
			['conversation.assignee_changed', untouched.uuid],
		]);
		const filters = ctx.sim.requests
			.filter((request) => request.path === '/api/v1/conversations/all')
			.map((request) => request.query.filters as string);
		expect(JSON.parse(filters.at(-1)!)).toEqual([
			{ model: 'conversations', field: 'inbox_id', operator: 'in', value: '["2"]' },
			{
				model: 'conversations',
				field: 'last_message_at',
				operator: 'greater than',
				value: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
			},
		]);
	});

	it('starts afresh, silently, when the inboxes change', async () => {
		const trigger = rig(['conversation.created']);
		await trigger.poll();
		await seedConversation(ctx.sim, { inbox_id: 2 });
		const changed = startPollRig(
			{ events: ['conversation.created'], options: { inboxIds: [2] } },
			credentialsFor(ctx.sim),
		);
		expect(await changed.poll()).toEqual([]);
	});

	it('in a manual run shows the newest conversation and its customer message, remembering nothing', async () => {
		const newest = await seedConversation(ctx.sim, { content: '<p>Sample me</p>' });
		const trigger = rig(['conversation.created', 'message.incoming']);
		const items = await trigger.poll('manual');
		expect(summary(items)).toEqual([
			['conversation.created', newest.uuid],
			['message.incoming', newest.uuid, 'Sample me'],
		]);
		expect(trigger.saved()).toEqual({});
	});

	it('stops early when its time is up and leaves the rest to the next poll', async () => {
		const trigger = rig(['conversation.created']);
		await trigger.poll();
		const first = await seedConversation(ctx.sim);
		const second = await seedConversation(ctx.sim);
		// A budget already spent: one conversation is handled before the clock is checked again.
		expect(summary(await trigger.poll('trigger', -1))).toEqual([]);
		expect(summary(await trigger.poll())).toEqual([
			['conversation.created', first.uuid],
			['conversation.created', second.uuid],
		]);
	});

	describe('a poll that fails part-way, on one conversation’s messages', () => {
		/** Three new conversations, the middle one's messages failing as `fail` says. */
		async function failingPoll(fail: (messagesPath: RegExp) => void, timeout?: number) {
			const trigger = startPollRig(
				{ events: ALL },
				credentialsFor(ctx.sim, timeout === undefined ? {} : { timeout }),
			);
			await trigger.poll();
			const conversations = [];
			for (const subject of ['First', 'Second', 'Third'])
				conversations.push(await seedConversation(ctx.sim, { subject }));
			// The status change makes the first the most recently active: read last.
			await setStatus(conversations[0].uuid, 'Resolved');
			const before = trigger.saved();
			// The second is read (and would be remembered) before the third fails.
			fail(new RegExp(`^GET /api/v1/conversations/${conversations[2].uuid}/messages$`));
			await expect(trigger.poll()).rejects.toThrow();
			// Nothing of what it read before the failure stays behind.
			expect(trigger.saved()).toEqual(before);
			return { trigger, conversations };
		}

		async function firesEverythingOnce(trigger: PollRig, conversations: Array<{ uuid: string }>) {
			trigger.restart();
			const items = await trigger.poll();
			expect(summary(items)).toEqual([
				['conversation.created', conversations[1].uuid],
				['message.incoming', conversations[1].uuid, 'Hello'],
				['conversation.created', conversations[2].uuid],
				['message.incoming', conversations[2].uuid, 'Hello'],
				['conversation.created', conversations[0].uuid],
				['message.incoming', conversations[0].uuid, 'Hello'],
				['conversation.status_changed', conversations[0].uuid],
			]);
			trigger.restart();
			expect(await trigger.poll()).toEqual([]);
		}

		it.each([
			['a 500', { kind: 'status', status: 500 }],
			['a 401', { kind: 'status', status: 401 }],
			[
				'JSON cut short',
				{
					kind: 'status',
					status: 200,
					raw: { contentType: 'application/json', text: '{"status":"success","data":{"res' },
				},
			],
			[
				'a proxy’s HTML login page',
				{
					kind: 'status',
					status: 200,
					raw: {
						contentType: 'text/html; charset=utf-8',
						text: '<!DOCTYPE html><html><body><form action="/login">Sign in</form></body></html>',
					},
				},
			],
		] as const)(
			'(%s) changes nothing; the next poll fires everything once',
			async (_name, fault) => {
				const { trigger, conversations } = await failingPoll((match) =>
					ctx.sim.injectFault({
						...fault,
						raw: 'raw' in fault ? { ...fault.raw } : undefined,
						match,
					}),
				);
				await firesEverythingOnce(trigger, conversations);
			},
		);

		it('(a timeout, after the retries) changes nothing; the next poll fires everything once', async () => {
			let path: RegExp | undefined;
			const { trigger, conversations } = await failingPoll((match) => {
				path = match;
				ctx.sim.setLatency((request) =>
					path?.test(`${request.method} ${request.path}`) ? 1500 : 0,
				);
			}, 1);
			path = undefined;
			ctx.sim.setLatency(0);
			await firesEverythingOnce(trigger, conversations);
		}, 30_000);
	});

	it.each([
		[{ events: [] }, 'The "Events" field is empty'],
		[{ events: ['message.created'] }, 'The "Events" field contains "message.created"'],
		[
			{ events: ['conversation.created'], options: { teamIds: ['billing'] } },
			'The "Team Names or IDs" contains "billing", which is not a positive whole number',
		],
	])('refuses %j before any request', async (parameters, message) => {
		ctx.sim.clearRequests();
		const trigger = startPollRig(parameters as never, credentialsFor(ctx.sim));
		await expect(trigger.poll()).rejects.toThrow(message);
		expect(ctx.sim.requests).toEqual([]);
	});

	it('names the permission when the key cannot read all conversations', async () => {
		const trigger = startPollRig(
			{ events: ['conversation.created'] },
			credentialsFor(ctx.sim, {
				apiKey: 'agentkey0000000000000000000000cd',
				apiSecret: 'agentsecret'.padEnd(64, 'y'),
			}),
		);
		const agent = ctx.sim.state.users[1];
		const roles = agent.roles;
		agent.roles = ['Contact Messages'];
		try {
			await expect(trigger.poll()).rejects.toMatchObject({
				description: expect.stringContaining('conversations:read_all'),
			});
		} finally {
			agent.roles = roles;
		}
	});
});

describe('description', () => {
	const trigger = new LibredeskPollTrigger();
	const { description } = trigger;

	it("is a polling trigger by n8n's conventions, with a codex file", () => {
		expect(description).toMatchObject({
			name: 'libredeskPollTrigger',
			displayName: 'Libredesk Polling Trigger',
			polling: true,
			inputs: [],
			group: ['trigger'],
			credentials: [{ name: 'libredeskApi', required: true, testedBy: 'libredeskApiTest' }],
		});
		// The credential's test runs the nodes' own function (transport/credentialTest.ts).
		expect(trigger.methods.credentialTest.libredeskApiTest).toBeInstanceOf(Function);
		expect(description.usableAsTool).toBeUndefined();
		expect(codex.node).toBe(POLL_TRIGGER_TYPE);
		const methods = trigger.methods.loadOptions as Record<string, unknown>;
		for (const [, method] of JSON.stringify(description.properties).matchAll(
			/"loadOptionsMethod":"(\w+)"/g,
		))
			expect(methods[method]).toBeInstanceOf(Function);
	});

	it('shows the display names of the selected events as the canvas subtitle', () => {
		expect(
			resolvedSubtitle(POLL_TRIGGER_TYPE, { events: ['message.incoming', 'conversation.created'] }),
		).toBe('New Incoming Message, New Conversation');
	});
});
