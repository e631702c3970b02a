import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, writes } = useResourceRig('team', {
	operation: 'create',
	conversationAssignmentType: 'Manual',
});

describe('readTeamFields', () => {
	it('reads 0 as "no business hours or SLA policy" and keeps UTC and an empty timezone', async () => {
		await run({
			name: 'Zeroes',
			additionalFields: { businessHoursId: 0, slaPolicyId: '0', timezone: 'UTC' },
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/teams')[0].json).toMatchObject({
			business_hours_id: null,
			sla_policy_id: null,
			timezone: 'UTC',
		});
	});

	it('refuses an emoji longer than Libredesk stores', async () => {
		ctx.sim.clearRequests();
		await expect(
			run({ name: 'Long emoji', additionalFields: { emoji: 'x'.repeat(51) } }),
		).rejects.toThrow('The "Emoji" of item 0 is 51 characters long');
		expect(writes()).toHaveLength(0);
	});
});
