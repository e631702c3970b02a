/**
 * Name and ID look-ups happen while items are prepared, once per execution: a bad value in the
 * last item stops the run before the first item changes anything.
 */
import { credentialsFor, requestsTo } from '../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import { byUuid, useResourceRig } from '../../../helpers/resourceRig';
import { seedConversation } from '../../../helpers/seed';

const { ctx, writes } = useResourceRig('conversation');

describe('look-ups before the first write', () => {
	it('statuses: a bad name in any item stops the run before the first change, with each list read once', async () => {
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
		expect(writes()).toHaveLength(0);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/statuses')).toHaveLength(1);
	});

	it('tags: three items read the tag list once, and an unknown tag in item 2 stops all three', async () => {
		const uuids = [
			(await seedConversation(ctx.sim)).uuid,
			(await seedConversation(ctx.sim)).uuid,
			(await seedConversation(ctx.sim)).uuid,
		];
		ctx.sim.clearRequests();
		const node = libredeskNode({
			resource: 'conversation',
			operation: 'addTags',
			conversationId: byUuid('={{ $json.uuid }}'),
			tags: '={{ $json.tags }}',
		});
		const items = uuids.map((uuid, index) => ({
			json: { uuid, tags: index === 2 ? ['no-such-tag'] : ['vip'] },
		}));
		await expect(runNode(node, items, credentialsFor(ctx.sim))).rejects.toThrow(
			'The "Tag Names or IDs" of item 2 names tags Libredesk does not have: no-such-tag',
		);
		expect(writes()).toHaveLength(0);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/tags')).toHaveLength(1);
	});

	it('agents: an unknown agent in the last item of a create stops the run before any conversation is created', async () => {
		const before = ctx.sim.state.conversations.length;
		ctx.sim.clearRequests();
		const node = libredeskNode({
			resource: 'conversation',
			operation: 'create',
			inboxId: { __rl: true, mode: 'id', value: '1' },
			contactEmail: 'look@example.com',
			firstName: 'L',
			content: 'x',
			additionalFields: { agentId: '={{ $json.agent }}' },
		});
		await expect(
			runNode(
				node,
				[{ json: { agent: 5 } }, { json: { agent: 5 } }, { json: { agent: 4711 } }],
				credentialsFor(ctx.sim),
			),
		).rejects.toThrow(
			'The "Agent Name or ID" of item 2 is 4711, but Libredesk has no agent with this ID',
		);
		expect(writes()).toHaveLength(0);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/agents/compact')).toHaveLength(1);
		expect(ctx.sim.state.conversations.length).toBe(before);
	});
});
