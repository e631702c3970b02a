import { NodeOperationError } from 'n8n-workflow';
import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { seedConversation } from '../../../../helpers/seed';

const ctx = useSimulator();
const byUuid = (uuid: string) => ({ __rl: true, mode: 'id', value: uuid });
const run = async (parameters: INodeParameters) =>
	await runNode(
		libredeskNode({ resource: 'conversation', ...parameters }),
		[{ json: {} }],
		credentialsFor(ctx.sim),
	);
const stored = (uuid: string) =>
	ctx.sim.state.conversations.find((conversation) => conversation.uuid === uuid)!;
const writes = () => ctx.sim.requests.filter((request) => request.method !== 'GET');

beforeEach(() => ctx.sim.clearRequests());

describe('Conversation → Update Status', () => {
	it('sets the status and outputs the conversation read back', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run({
			operation: 'updateStatus',
			conversationId: byUuid(uuid),
			status: 'Resolved',
		});
		expect(output.json).toMatchObject({ uuid, status: 'Resolved', status_category: 'resolved' });
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/status`)[0].json).toEqual({
			status: 'Resolved',
		});
	});

	it('snoozes for a Go duration', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await run({
			operation: 'updateStatus',
			conversationId: byUuid(uuid),
			status: 'Snoozed',
			snoozeFor: '1h 30m',
		});
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/status`)[0].json).toEqual({
			status: 'Snoozed',
			snoozed_until: '1h30m',
		});
	});

	it.each([['3 days'], ['tomorrow'], ['']])(
		'refuses the snooze duration %p before any request',
		async (snoozeFor) => {
			const { uuid } = await seedConversation(ctx.sim);
			ctx.sim.clearRequests();
			await expect(
				run({
					operation: 'updateStatus',
					conversationId: byUuid(uuid),
					status: 'Snoozed',
					snoozeFor,
				}),
			).rejects.toThrow(/"Snooze For" of item 0/);
			expect(ctx.sim.requests).toHaveLength(0);
		},
	);

	it('refuses an unknown status (Libredesk would fail with a 500) and changes nothing', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const error = await run({
			operation: 'updateStatus',
			conversationId: byUuid(uuid),
			status: 'Done',
		}).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as NodeOperationError).description).toBe(
			'Use one of: Open, Snoozed, Resolved, Closed.',
		);
		expect(writes()).toHaveLength(0);
		expect(stored(uuid).status).toBe('Open');
	});
});

describe('Conversation → Update Priority', () => {
	it('sets a known priority', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run({
			operation: 'updatePriority',
			conversationId: byUuid(uuid),
			priority: 'High',
		});
		expect(output.json).toMatchObject({ priority: 'High', priority_id: 3 });
	});

	it('refuses an unknown name, which Libredesk would silently turn into "no priority"', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await run({ operation: 'updatePriority', conversationId: byUuid(uuid), priority: 'Medium' });
		ctx.sim.clearRequests();
		await expect(
			run({ operation: 'updatePriority', conversationId: byUuid(uuid), priority: 'Urgent' }),
		).rejects.toThrow(/"Priority Name or ID" of item 0 is "Urgent"/);
		expect(writes()).toHaveLength(0);
		expect(stored(uuid).priority).toBe('Medium');
	});
});

describe('Conversation → Assign / Unassign', () => {
	it('assigns to an agent, then a team (which removes the agent), then unassigns the team', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [agent] = await run({
			operation: 'assign',
			conversationId: byUuid(uuid),
			assignTo: 'agent',
			agentId: 5,
		});
		expect(agent.json).toMatchObject({ assigned_user_id: 5, assigned_team_id: null });
		const [team] = await run({
			operation: 'assign',
			conversationId: byUuid(uuid),
			assignTo: 'team',
			teamId: 1,
		});
		expect(team.json).toMatchObject({ assigned_user_id: null, assigned_team_id: 1 });
		const [none] = await run({
			operation: 'unassign',
			conversationId: byUuid(uuid),
			unassign: 'team',
		});
		expect(none.json).toMatchObject({ assigned_team_id: null });
		expect(
			requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/assignee/team/remove`),
		).toHaveLength(1);
	});

	// Before issue 10 these reached Libredesk (a 400 for the team, a 500 for the agent); now they stop before any write.
	it('an unknown team is refused before any change', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(
			run({ operation: 'assign', conversationId: byUuid(uuid), assignTo: 'team', teamId: 77 }),
		).rejects.toThrow(
			'The "Team Name or ID" of item 0 is 77, but Libredesk has no team with this ID',
		);
		expect(ctx.sim.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
	});

	it('an unknown agent is refused before any change', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const error = (await run({
			operation: 'assign',
			conversationId: byUuid(uuid),
			assignTo: 'agent',
			agentId: 999,
		}).catch((caught: unknown) => caught)) as { message: string; description: string };
		expect(error.message).toBe(
			'The "Agent Name or ID" of item 0 is 999, but Libredesk has no agent with this ID',
		);
		expect(error.description).toBe('Pick the agent from the list.');
		expect(ctx.sim.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
	});

	it('an Assign To expression other than agent or team is refused, not taken for Agent', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(
			run({
				operation: 'assign',
				conversationId: byUuid(uuid),
				assignTo: '={{ "user" }}',
				agentId: 5,
			}),
		).rejects.toThrow('The "Assign To" of item 0 is "user"');
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('a tags expression that resolves to an object is refused before any request', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(
			run({ operation: 'addTags', conversationId: byUuid(uuid), tags: '={{ { name: "vip" } }}' }),
		).rejects.toThrow('The "Tag Names or IDs" of item 0 is an object, not a list of names');
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('a bad name in any item stops the run before the first change, with each list read once', async () => {
		const first = await seedConversation(ctx.sim);
		const second = await seedConversation(ctx.sim);
		const third = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const node = libredeskNode({
			resource: 'conversation',
			operation: 'updateStatus',
			conversationId: byUuid('={{ $json.uuid }}'),
			status: '={{ $json.status }}',
		});
		const items = [
			{ json: { uuid: first.uuid, status: 'Resolved' } },
			{ json: { uuid: second.uuid, status: 'Closed' } },
			{ json: { uuid: third.uuid, status: 'Nonsense' } },
		];
		await expect(runNode(node, items, credentialsFor(ctx.sim))).rejects.toThrow(
			'The "Status Name or ID" of item 2 is "Nonsense", which Libredesk does not have',
		);
		expect(ctx.sim.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/statuses')).toHaveLength(1);
	});
});

describe('Conversation → Add / Remove / Set Tags', () => {
	it('adds, removes and sets tags by name', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		expect(
			(
				await run({ operation: 'addTags', conversationId: byUuid(uuid), tags: ['billing', 'vip'] })
			)[0].json.tags,
		).toEqual(['billing', 'vip']);
		expect(
			(await run({ operation: 'removeTags', conversationId: byUuid(uuid), tags: 'vip' }))[0].json
				.tags,
		).toEqual(['billing']);
		expect(
			(await run({ operation: 'setTags', conversationId: byUuid(uuid), tags: ['bug'] }))[0].json
				.tags,
		).toEqual(['bug']);
		expect(
			(await run({ operation: 'setTags', conversationId: byUuid(uuid), tags: [] }))[0].json.tags,
		).toEqual([]);
		expect(
			requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/tags`).map(
				(request) => request.json,
			),
		).toEqual([
			{ tags: ['billing', 'vip'], action: 'add_tags' },
			{ tags: ['vip'], action: 'remove_tags' },
			{ tags: ['bug'], action: 'set_tags' },
			{ tags: [], action: 'set_tags' },
		]);
	});

	it('refuses tag names Libredesk does not have, naming them, unless told to skip them', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const error = (await run({
			operation: 'addTags',
			conversationId: byUuid(uuid),
			tags: ['vip', 'refund', 'urgent'],
		}).catch((caught: unknown) => caught)) as NodeOperationError;
		expect(error.message).toMatch(/names tags Libredesk does not have: refund, urgent/);
		expect(writes()).toHaveLength(0);
		const [output] = await run({
			operation: 'addTags',
			conversationId: byUuid(uuid),
			tags: ['vip', 'refund'],
			skipUnknownTags: true,
		});
		expect(output.json.tags).toEqual(['vip']);
		expect(requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/tags`)[0].json).toEqual({
			tags: ['vip'],
			action: 'add_tags',
		});
	});
});

describe('Conversation → Update Custom Attributes', () => {
	it('merges by default (read, merge, write) and can remove a key with null', async () => {
		const { uuid } = await seedConversation(ctx.sim, {
			custom_attributes: { order_id: '1', plan: 'free' },
		});
		const [output] = await run({
			operation: 'updateCustomAttributes',
			conversationId: byUuid(uuid),
			customAttributes: '{"plan": "pro", "order_id": null}',
		});
		expect(output.json.custom_attributes).toEqual({ plan: 'pro' });
		expect(
			requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/custom-attributes`)[0].json,
		).toEqual({ plan: 'pro' });
	});

	it('replaces when asked, including with an empty object', async () => {
		const { uuid } = await seedConversation(ctx.sim, {
			custom_attributes: { order_id: '1', plan: 'free' },
		});
		const [output] = await run({
			operation: 'updateCustomAttributes',
			conversationId: byUuid(uuid),
			mode: 'replace',
			customAttributes: '{}',
		});
		expect(output.json.custom_attributes).toEqual({});
		expect(
			requestsTo(
				ctx.sim,
				'PUT',
				`/api/v1/conversations/${uuid}/custom-attributes`,
			)[0].body.toString(),
		).toBe('{}');
	});
});
