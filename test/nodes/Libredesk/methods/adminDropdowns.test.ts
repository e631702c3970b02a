import { credentialsFor, useSimulator } from '../../../helpers/fixtures';
import { listSearch, loadOptions } from '../../../helpers/n8n';

const ctx = useSimulator();

describe('admin dropdowns', () => {
	it('searchAgents offers agents only, disabled ones marked, and filters by name or email', async () => {
		const all = await listSearch('searchAgents', credentialsFor(ctx.sim));
		expect(all.results).toEqual([
			{ name: 'Ada Admin <ada@desk.example>', value: '1' },
			{ name: 'Bo Agent <bo@desk.example>', value: '2' },
			{ name: 'Cy Gone <cy@desk.example> (disabled)', value: '3' },
			{ name: 'Dee Support <dee@desk.example>', value: '5' },
		]);
		expect(
			(await listSearch('searchAgents', credentialsFor(ctx.sim), 'BO@')).results.map(
				(r) => r.value,
			),
		).toEqual(['2']);
	});

	it('searchTags, searchTeams and searchMacros list by name with the ID as value', async () => {
		expect((await listSearch('searchTags', credentialsFor(ctx.sim), 'bu')).results).toEqual([
			{ name: 'bug', value: '2' },
		]);
		expect((await listSearch('searchTeams', credentialsFor(ctx.sim))).results).toEqual([
			{ name: 'Billing', value: '1' },
			{ name: 'Tier 1', value: '2' },
		]);
		expect((await listSearch('searchMacros', credentialsFor(ctx.sim), 'res')).results).toEqual([
			{ name: 'Resolve', value: '2' },
		]);
	});

	it('getRoleNames and getTeamNames offer names, as Libredesk takes them', async () => {
		expect(
			(await loadOptions('getRoleNames', credentialsFor(ctx.sim))).map((o) => o.value),
		).toEqual(['Admin', 'Agent', 'Contact Messages']);
		expect(await loadOptions('getTeamNames', credentialsFor(ctx.sim))).toEqual([
			{ name: 'Billing', value: 'Billing' },
			{ name: 'Tier 1', value: 'Tier 1' },
		]);
	});
});
