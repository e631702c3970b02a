import { credentialsFor, useSimulator } from '../../../helpers/fixtures';
import { loadOptions } from '../../../helpers/n8n';

const ctx = useSimulator();

describe('loadOptions', () => {
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
		await expect(
			loadOptions('getTeams', credentialsFor(ctx.sim, { apiSecret: 'nope' })),
		).rejects.toThrow(/Invalid credential \(HTTP 401/);
	});
});
