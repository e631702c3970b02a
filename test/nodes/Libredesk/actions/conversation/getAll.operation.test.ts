import { credentialsFor, requestsTo } from '../../../../helpers/fixtures';
import { loadOptions } from '../../../../helpers/n8n';
import { useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run, runAs } = useResourceRig('conversation', {
	operation: 'getAll',
	returnAll: true,
	simplify: false,
});
const uuids = (items: Array<{ json: { uuid?: unknown } }>) =>
	items.map((item) => item.json.uuid).sort();

describe('Conversation → Get Many: tags, contact email, team queue, saved views', () => {
	it('filters by tags (any of them, by ID) and by contact email', async () => {
		const tagged = await seedConversation(ctx.sim, { contact_email: 'tagged.person@example.com' });
		const other = await seedConversation(ctx.sim, { contact_email: 'other.person@example.com' });
		await simCall(ctx.sim, 'POST', `/conversations/${tagged.uuid}/tags`, {
			tags: ['vip'],
			action: 'add_tags',
		});
		await simCall(ctx.sim, 'POST', `/conversations/${other.uuid}/tags`, {
			tags: ['bug'],
			action: 'add_tags',
		});
		expect(uuids(await run({ filters: { tags: ['vip', 'billing'] } }))).toEqual([tagged.uuid]);
		const sent = JSON.parse(
			String(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all').at(-1)!.query.filters),
		);
		expect(sent).toEqual([
			{ model: 'conversations', field: 'tags', operator: 'contains', value: '[3,1]' },
		]);
		expect(uuids(await run({ filters: { contactEmail: 'Other.Person@example.com' } }))).toEqual([
			other.uuid,
		]);
		await expect(run({ filters: { tags: ['nope'] } })).rejects.toThrow(
			/"Tag Names or IDs" of item 0 contains "nope", which Libredesk does not have/,
		);
	});

	it("reads a team's unassigned queue; the key's agent must be in the team", async () => {
		const queued = await seedConversation(ctx.sim, { team_id: 2 });
		await seedConversation(ctx.sim, { team_id: 2, agent_id: 2 });
		expect(uuids(await runAs('agent', { list: 'teamUnassigned', listTeamId: 2 }))).toEqual([
			queued.uuid,
		]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/teams/2/conversations/unassigned')).toHaveLength(1);
		const error = await run({ list: 'teamUnassigned', listTeamId: 2 }).catch(
			(caught: Error) => caught,
		);
		expect((error as Error).message).toMatch(/not a member of this team.*\(HTTP 403/);
		expect((error as { description?: string }).description).toMatch(/must be a member of the team/);
	});

	it('reads a saved view with its own filters, and refuses Filters with a view', async () => {
		const high = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'PUT', `/conversations/${high.uuid}/priority`, { priority: 'High' });
		const views = await loadOptions('getViews', credentialsFor(ctx.sim));
		expect(views.map((view) => view.name)).toEqual([
			'High priority',
			'Billing team queue',
			'Everything open',
		]);
		const items = await run({ list: 'view', viewId: 1 });
		expect(items.map((item) => item.json.priority)).toEqual(items.map(() => 'High'));
		expect(uuids(items)).toContain(high.uuid);
		ctx.sim.clearRequests();
		await expect(run({ list: 'view', viewId: 1, filters: { status: 'Open' } })).rejects.toThrow(
			/"Filters" of item 0 are set for a saved view/,
		);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it("a personal view of another agent is Libredesk's 403 with a hint", async () => {
		const error = await runAs('agent', { list: 'view', viewId: 1 }).catch(
			(caught: Error) => caught,
		);
		expect((error as Error).message).toBe(
			'Libredesk: You do not have access to this view (HTTP 403, PermissionException)',
		);
		expect((error as { description?: string }).description).toMatch(
			/not shared with the API key's agent/,
		);
	});
});

describe('Conversation → Get Many', () => {
	// A simulator of their own: these tests page through every conversation it holds.
	const { ctx, run } = useResourceRig('conversation');

	it('applies filters, order and limit, and outputs one item per conversation', async () => {
		const a = await seedConversation(ctx.sim, { inbox_id: 2, team_id: 2, subject: 'Team two A' });
		const b = await seedConversation(ctx.sim, { inbox_id: 2, team_id: 2, subject: 'Team two B' });
		await seedConversation(ctx.sim, { inbox_id: 2, team_id: 1 });
		ctx.sim.clearRequests();
		const output = await run({
			operation: 'getAll',
			list: 'all',
			limit: 10,
			filters: { inboxId: 2, teamId: 2, status: 'Open', createdAfter: '2020-01-01T00:00:00' },
			options: { orderBy: 'created_at', order: 'asc' },
			simplify: false,
		});
		expect(output.map((item) => item.json.uuid)).toEqual([a.uuid, b.uuid]);
		const [lookup, list] = ctx.sim.requests;
		expect(lookup.path).toBe('/api/v1/statuses');
		expect(list.query).toMatchObject({
			page: '1',
			page_size: '10',
			order: 'asc',
			order_by: 'conversations.created_at',
		});
		expect(JSON.parse(list.query.filters as string)).toEqual([
			{ model: 'conversations', field: 'inbox_id', operator: 'equals', value: '2' },
			{ model: 'conversations', field: 'assigned_team_id', operator: 'equals', value: '2' },
			{
				model: 'conversations',
				field: 'created_at',
				operator: 'between',
				value: '2020-01-01,9999-12-31',
			},
			{ model: 'conversations', field: 'status_id', operator: 'equals', value: '1' },
		]);
	});

	it('refuses an unknown status name before listing', async () => {
		ctx.sim.clearRequests();
		await expect(
			run({ operation: 'getAll', list: 'all', filters: { status: 'Pending' } }),
		).rejects.toThrow(/"Status Name or ID" of item 0 is "Pending", which Libredesk does not have/);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all')).toHaveLength(0);
	});

	it('Return All reads pages of 500, the fewest requests', async () => {
		for (let index = ctx.sim.state.conversations.length; index < 503; index++)
			await seedConversation(ctx.sim, { contact_email: 'bulk@example.com' });
		ctx.sim.clearRequests();
		const output = await run({ operation: 'getAll', list: 'all', returnAll: true });
		const pages = requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all');
		expect(pages.map((request) => [request.query.page, request.query.page_size])).toEqual([
			['1', '500'],
			['2', '500'],
		]);
		expect(output).toHaveLength(ctx.sim.state.conversations.length);
		expect(new Set(output.map((item) => item.json.uuid)).size).toBe(output.length);
		expect(output[0].pairedItem).toEqual({ item: 0 });
	});

	it('a limit above 500 reads just enough pages', async () => {
		ctx.sim.clearRequests();
		const output = await run({ operation: 'getAll', list: 'all', limit: 501 });
		expect(output).toHaveLength(501);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all')).toHaveLength(2);
	});
});
