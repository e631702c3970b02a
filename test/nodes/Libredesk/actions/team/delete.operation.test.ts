import { byId, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run, writes } = useResourceRig('team', { operation: 'delete' });

describe('Team → Delete', () => {
	it('deletes the team; its conversations lose the team', async () => {
		const team = await simCall<{ id: number }>(ctx.sim, 'POST', '/teams', {
			name: 'Short-lived',
			conversation_assignment_type: 'Manual',
		});
		const { uuid } = await seedConversation(ctx.sim, { team_id: team.id });
		const [output] = await run({ team: byId(team.id) });
		expect(output.json).toEqual({ deleted: true, id: team.id });
		expect(ctx.sim.state.teams.some((candidate) => candidate.id === team.id)).toBe(false);
		expect(ctx.sim.state.conversations.find((c) => c.uuid === uuid)?.assigned_team_id).toBeNull();
	});

	it('a team Libredesk does not have fails clearly (Libredesk would answer success)', async () => {
		ctx.sim.clearRequests();
		await expect(run({ team: byId(31337) })).rejects.toThrow(
			'The "Team" of item 0 is 31337, but Libredesk has no team with this ID',
		);
		expect(writes()).toHaveLength(0);
	});
});
