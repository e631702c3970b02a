import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run } = useResourceRig('agent', { operation: 'create', firstName: 'Names' });

describe('agent names and email', () => {
	it('takes roles and teams as comma-separated text from an expression, once each', async () => {
		await run({
			email: 'names@example.com',
			roles: '={{ "Agent, Admin, Agent" }}',
			additionalFields: { teams: '={{ ["Tier 1"] }}' },
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/agents')[0].json).toMatchObject({
			roles: ['Agent', 'Admin'],
			teams: ['Tier 1'],
		});
	});

	it("another agent's email is refused, whatever its case", async () => {
		await expect(run({ email: 'ADA@desk.example', roles: ['Agent'] })).rejects.toThrow(
			'The "Email" of item 0 is ada@desk.example, which agent 1 already has',
		);
	});
});
