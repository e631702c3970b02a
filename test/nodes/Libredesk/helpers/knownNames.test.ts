/**
 * Name and ID look-ups happen while items are prepared, once per execution: a bad value in the
 * last item stops the run before the first item changes anything.
 */
import { credentialsFor, requestsTo } from '../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import { byId, byUuid, useResourceRig } from '../../../helpers/resourceRig';
import { seedConversation } from '../../../helpers/seed';

const { ctx, run, writes } = useResourceRig('conversation');

/** The UUIDs of three new conversations; the requests that made them are forgotten. */
async function threeConversations(): Promise<string[]> {
	const uuids: string[] = [];
	for (let index = 0; index < 3; index++) uuids.push((await seedConversation(ctx.sim)).uuid);
	ctx.sim.clearRequests();
	return uuids;
}

describe('look-ups before the first write', () => {
	it('statuses: a bad name in any item stops the run before the first change, with each list read once', async () => {
		const [first, second, third] = await threeConversations();
		const parameters = {
			operation: 'updateStatus',
			conversationId: byUuid('={{ $json.uuid }}'),
			status: '={{ $json.status }}',
		};
		const items = [
			{ json: { uuid: first, status: 'Resolved' } },
			{ json: { uuid: second, status: 'Closed' } },
			{ json: { uuid: third, status: 'Nonsense' } },
		];
		await expect(run(parameters, items)).rejects.toThrow(
			'The "Status Name or ID" of item 2 is "Nonsense", which Libredesk does not have',
		);
		expect(writes()).toHaveLength(0);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/statuses')).toHaveLength(1);
	});

	it('tags: three items read the tag list once, and an unknown tag in item 2 stops all three', async () => {
		const uuids = await threeConversations();
		const parameters = {
			operation: 'addTags',
			conversationId: byUuid('={{ $json.uuid }}'),
			tags: '={{ $json.tags }}',
		};
		const items = uuids.map((uuid, index) => ({
			json: { uuid, tags: index === 2 ? ['no-such-tag'] : ['vip'] },
		}));
		await expect(run(parameters, items)).rejects.toThrow(
			'The "Tag Names or IDs" of item 2 names tags Libredesk does not have: no-such-tag',
		);
		expect(writes()).toHaveLength(0);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/tags')).toHaveLength(1);
	});

	it('agents: an unknown agent in the last item of a create stops the run before any conversation is created', async () => {
		const before = ctx.sim.state.conversations.length;
		ctx.sim.clearRequests();
		const parameters = {
			operation: 'create',
			inboxId: { __rl: true, mode: 'id', value: '1' },
			contactEmail: 'look@example.com',
			firstName: 'L',
			content: 'x',
			additionalFields: { agentId: '={{ $json.agent }}' },
		};
		await expect(
			run(parameters, [{ json: { agent: 5 } }, { json: { agent: 5 } }, { json: { agent: 4711 } }]),
		).rejects.toThrow(
			'The "Agent Name or ID" of item 2 is 4711, but Libredesk has no agent with this ID',
		);
		expect(writes()).toHaveLength(0);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/agents/compact')).toHaveLength(1);
		expect(ctx.sim.state.conversations.length).toBe(before);
	});
});

describe('a list that is not what Libredesk sends', () => {
	it.each([
		['a null entry', [null, { id: 1, name: 'vip' }]],
		['a page object', { results: [{ id: 1, name: 'vip' }], total: 1 }],
		['text', 'vip'],
	])('tags: %s stops the item with the node’s error, before any change', async (_case, data) => {
		const [uuid] = await threeConversations();
		ctx.sim.injectFault({
			match: /^GET \/api\/v1\/tags$/,
			kind: 'status',
			status: 200,
			body: { status: 'success', data: data as unknown as null },
		});
		await expect(
			run({ operation: 'addTags', conversationId: byUuid(uuid), tags: ['vip'] }),
		).rejects.toThrow(
			/answered GET \/api\/v1\/tags with something other than a Libredesk API response/,
		);
		expect(writes()).toHaveLength(0);
	});

	it('teams: a null entry in the compact list stops a team rename with the node’s error', async () => {
		ctx.sim.injectFault({
			match: /^GET \/api\/v1\/teams\/compact$/,
			kind: 'status',
			status: 200,
			body: { status: 'success', data: [null] as unknown as null },
		});
		await expect(
			runNode(
				libredeskNode({
					resource: 'team',
					operation: 'update',
					team: byId(1),
					updateFields: { name: 'Renamed' },
				}),
				[{ json: {} }],
				credentialsFor(ctx.sim),
			),
		).rejects.toThrow(
			/answered GET \/api\/v1\/teams\/compact with something other than a Libredesk API response: entry 1 of the answer is null/,
		);
		expect(writes()).toHaveLength(0);
	});
});
