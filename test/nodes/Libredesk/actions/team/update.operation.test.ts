import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';
import { simCall } from '../../../../helpers/seed';

const { ctx, run, writes } = useResourceRig('team', { operation: 'update' });

describe('Team → Update', () => {
	it('changes the fields given and sends the current value of every other (Libredesk replaces all)', async () => {
		const team = await simCall<{ id: number }>(ctx.sim, 'POST', '/teams', {
			name: 'Night shift',
			emoji: '🌙',
			timezone: 'Asia/Tokyo',
			conversation_assignment_type: 'Round robin',
			max_auto_assigned_conversations: 3,
		});
		ctx.sim.clearRequests();
		const [output] = await run({ team: byId(team.id), updateFields: { name: 'Late shift' } });
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/teams/${team.id}`)[0].json).toEqual({
			name: 'Late shift',
			emoji: '🌙',
			timezone: 'Asia/Tokyo',
			conversation_assignment_type: 'Round robin',
			max_auto_assigned_conversations: 3,
			business_hours_id: null,
			sla_policy_id: null,
		});
		expect(output.json).toMatchObject({ name: 'Late shift', emoji: '🌙', timezone: 'Asia/Tokyo' });
	});

	it('refuses nothing to change, a missing team or a taken name before sending', async () => {
		ctx.sim.clearRequests();
		await expect(run({ team: byId(1), updateFields: {} })).rejects.toThrow(
			'The "Update Fields" of item 0 is empty',
		);
		await expect(run({ team: byId(999), updateFields: { emoji: 'x' } })).rejects.toThrow(
			'The "Team" of item 0 is 999, but Libredesk has no team with this ID',
		);
		await expect(run({ team: byId(2), updateFields: { name: 'Billing' } })).rejects.toThrow(
			'The "Name" of item 0 is "Billing", which team 1 already has',
		);
		expect(writes()).toHaveLength(0);
	});

	it.each([
		['data: null', null],
		['a list', [{ id: 1 }]],
	])('a team read back as %s is refused before the update is sent', async (_case, data) => {
		ctx.sim.injectFault({
			match: /^GET \/api\/v1\/teams\/1$/,
			kind: 'status',
			status: 200,
			body: { status: 'success', data: data as null },
		});
		await expect(run({ team: byId(1), updateFields: { emoji: '🌙' } })).rejects.toThrow(
			/answered GET \/api\/v1\/teams\/1 with something other than a Libredesk API response/,
		);
		expect(writes()).toHaveLength(0);
	});
});
