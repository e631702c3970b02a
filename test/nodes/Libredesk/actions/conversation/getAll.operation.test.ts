import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, loadOptions, runNode } from '../../../../helpers/n8n';
import { seedConversation, simCall } from '../../../../helpers/seed';
import { SEED_KEYS } from '../../../../../simulator/state';

const ctx = useSimulator();
const run = async (parameters: INodeParameters, key: keyof typeof SEED_KEYS = 'admin') =>
	await runNode(
		libredeskNode({ resource: 'conversation', operation: 'getAll', returnAll: true, simplify: false, ...parameters }),
		[{ json: {} }],
		credentialsFor(ctx.sim, { apiKey: SEED_KEYS[key].key, apiSecret: SEED_KEYS[key].secret }),
	);
const uuids = (items: Array<{ json: { uuid?: unknown } }>) => items.map((item) => item.json.uuid).sort();

beforeEach(() => ctx.sim.clearRequests());

describe('Conversation → Get Many: tags, contact email, team queue, saved views', () => {
	it('filters by tags (any of them, by ID) and by contact email', async () => {
		const tagged = await seedConversation(ctx.sim, { contact_email: 'tagged.person@example.com' });
		const other = await seedConversation(ctx.sim, { contact_email: 'other.person@example.com' });
		await simCall(ctx.sim, 'POST', `/conversations/${tagged.uuid}/tags`, { tags: ['vip'], action: 'add_tags' });
		await simCall(ctx.sim, 'POST', `/conversations/${other.uuid}/tags`, { tags: ['bug'], action: 'add_tags' });
		expect(uuids(await run({ filters: { tags: ['vip', 'billing'] } }))).toEqual([tagged.uuid]);
		const sent = JSON.parse(String(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all').at(-1)!.query.filters));
		expect(sent).toEqual([{ model: 'conversations', field: 'tags', operator: 'contains', value: '[3,1]' }]);
		expect(uuids(await run({ filters: { contactEmail: 'Other.Person@example.com' } }))).toEqual([other.uuid]);
		await expect(run({ filters: { tags: ['nope'] } })).rejects.toThrow(/"Tag Names or IDs" of item 0 contains "nope", which Libredesk does not have/);
	});

	it("reads a team's unassigned queue; the key's agent must be in the team", async () => {
		const queued = await seedConversation(ctx.sim, { team_id: 2 });
		await seedConversation(ctx.sim, { team_id: 2, agent_id: 2 });
		expect(uuids(await run({ list: 'teamUnassigned', listTeamId: 2 }, 'agent'))).toEqual([queued.uuid]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/teams/2/conversations/unassigned')).toHaveLength(1);
		const error = await run({ list: 'teamUnassigned', listTeamId: 2 }).catch((caught: Error) => caught);
		expect((error as Error).message).toMatch(/not a member of this team.*\(HTTP 403/);
		expect((error as { description?: string }).description).toMatch(/must be a member of the team/);
	});

	it('reads a saved view with its own filters, and refuses Filters with a view', async () => {
		const high = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'PUT', `/conversations/${high.uuid}/priority`, { priority: 'High' });
		const views = await loadOptions('getViews', credentialsFor(ctx.sim));
		expect(views.map((view) => view.name)).toEqual(['High priority', 'Billing team queue', 'Everything open']);
		const items = await run({ list: 'view', viewId: 1 });
		expect(items.map((item) => item.json.priority)).toEqual(items.map(() => 'High'));
		expect(uuids(items)).toContain(high.uuid);
		ctx.sim.clearRequests();
		await expect(run({ list: 'view', viewId: 1, filters: { status: 'Open' } })).rejects.toThrow(/"Filters" of item 0 are set for a saved view/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it("a personal view of another agent is Libredesk's 403 with a hint", async () => {
		const error = await run({ list: 'view', viewId: 1 }, 'agent').catch((caught: Error) => caught);
		expect((error as Error).message).toBe('Libredesk: You do not have access to this view (HTTP 403, PermissionException)');
		expect((error as { description?: string }).description).toMatch(/not shared with the API key's agent/);
	});
});
