import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs } = useResourceRig('agent', { operation: 'setAvailability' });

describe('Agent → Set Availability', () => {
	it("sets another agent's availability and keeps every other field", async () => {
		const [output] = await run({ agent: byId(2), availabilityStatus: 'away_and_reassigning' });
		expect(output.json).toMatchObject({ id: 2, availability_status: 'away_and_reassigning' });
		expect(requestsTo(ctx.sim, 'PUT', '/api/v1/agents/2')[0].json).toMatchObject({
			roles: ['Agent'],
			teams: ['Tier 1'],
			enabled: true,
			availability_status: 'away_and_reassigning',
		});
		expect(ctx.sim.state.findUser(2)?.teams).toEqual([2]);
	});

	it('refuses an availability Libredesk does not know before sending', async () => {
		ctx.sim.clearRequests();
		await expect(run({ agent: byId(2), availabilityStatus: 'busy' })).rejects.toThrow(
			'The "Availability" of item 0 is "busy"',
		);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('needs users:manage', async () => {
		const error = await runAs('agent', { agent: byId(2), availabilityStatus: 'online' }).catch(
			(caught) => caught,
		);
		expect(error.description).toMatch(/users:manage/);
	});
});
