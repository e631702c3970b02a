import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, writes } = useResourceRig('agent', { operation: 'update' });

describe('Agent → Update', () => {
	it('changes the fields given and keeps roles, teams, enabled and availability', async () => {
		const dee = ctx.sim.state.findUser(5)!;
		dee.availability_status = 'away_manual';
		const [output] = await run({ agent: byId(5), updateFields: { lastName: 'Lead' } });
		expect(requestsTo(ctx.sim, 'PUT', '/api/v1/agents/5')[0].json).toEqual({
			first_name: 'Dee',
			last_name: 'Lead',
			email: 'dee@desk.example',
			roles: ['Agent'],
			teams: ['Billing'],
			enabled: true,
			availability_status: 'away_manual',
		});
		expect(output.json).toMatchObject({ last_name: 'Lead', enabled: true, roles: ['Agent'] });
		expect(dee.teams).toEqual([1]);
	});

	it('disables an agent and replaces the teams', async () => {
		const [output] = await run({
			agent: byId(5),
			updateFields: { enabled: false, teams: ['Tier 1'] },
		});
		expect(output.json).toMatchObject({
			enabled: false,
			teams: [expect.objectContaining({ name: 'Tier 1' })],
		});
	});

	it("refuses another agent's email, unknown roles or nothing to change before sending", async () => {
		ctx.sim.clearRequests();
		await expect(
			run({ agent: byId(5), updateFields: { email: 'bo@desk.example' } }),
		).rejects.toThrow('The "Email" of item 0 is bo@desk.example, which agent 2 already has');
		await expect(run({ agent: byId(5), updateFields: { roles: 'Wizard' } })).rejects.toThrow(
			'contains "Wizard", which Libredesk does not have',
		);
		await expect(run({ agent: byId(5), updateFields: {} })).rejects.toThrow(
			'The "Update Fields" of item 0 is empty',
		);
		expect(writes()).toHaveLength(0);
	});

	it('keeps its own email without a conflict', async () => {
		const [output] = await run({ agent: byId(5), updateFields: { email: 'dee@desk.example' } });
		expect(output.json).toMatchObject({ email: 'dee@desk.example' });
	});
});
