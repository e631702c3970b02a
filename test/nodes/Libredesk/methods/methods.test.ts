import { credentialsFor, useSimulator } from '../../../helpers/fixtures';
import { listSearch, loadOptions } from '../../../helpers/n8n';

const ctx = useSimulator();

describe('dropdowns', () => {
	it('searchInboxes lists only enabled email inboxes, sorted, with their address', async () => {
		const result = await listSearch('searchInboxes', credentialsFor(ctx.sim));
		expect(result.results).toEqual([
			{ name: 'Billing (billing@desk.example)', value: '2' },
			{ name: 'Support (support@desk.example)', value: '1' },
		]);
	});

	it('searchInboxes filters by name or address', async () => {
		expect((await listSearch('searchInboxes', credentialsFor(ctx.sim), 'SUPP')).results.map((r) => r.value)).toEqual(['1']);
		expect((await listSearch('searchInboxes', credentialsFor(ctx.sim), 'billing@')).results.map((r) => r.value)).toEqual(['2']);
		expect((await listSearch('searchInboxes', credentialsFor(ctx.sim), 'sales')).results).toEqual([]);
	});

	it('getTeams lists the compact teams', async () => {
		expect(await loadOptions('getTeams', credentialsFor(ctx.sim))).toEqual([
			{ name: 'Billing', value: 1 },
			{ name: 'Tier 1', value: 2 },
		]);
	});

	it('getAgents leaves out disabled agents and AI assistants', async () => {
		const agents = await loadOptions('getAgents', credentialsFor(ctx.sim));
		expect(agents.map((agent) => agent.name)).toEqual(['Ada Admin', 'Bo Agent', 'Dee Support']);
		expect(agents[0]).toEqual({ name: 'Ada Admin', value: 1, description: 'ada@desk.example' });
	});

	it('a wrong secret in a dropdown gives the 401 hint', async () => {
		await expect(loadOptions('getTeams', credentialsFor(ctx.sim, { apiSecret: 'nope' }))).rejects.toThrow(/Invalid credential \(HTTP 401/);
	});
});
