import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run, writes } = useResourceRig('conversation', { operation: 'assign' });

describe('Conversation → Assign', () => {
	it('assigns to an agent, then a team (which removes the agent)', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [agent] = await run({ conversationId: byUuid(uuid), assignTo: 'agent', agentId: 5 });
		expect(agent.json).toMatchObject({ assigned_user_id: 5, assigned_team_id: null });
		const [team] = await run({ conversationId: byUuid(uuid), assignTo: 'team', teamId: 1 });
		expect(team.json).toMatchObject({ assigned_user_id: null, assigned_team_id: 1 });
	});

	// Before issue 10 these reached Libredesk (a 400 for the team, a 500 for the agent); now they stop before any write.
	it('an unknown team is refused before any change', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(
			run({ conversationId: byUuid(uuid), assignTo: 'team', teamId: 77 }),
		).rejects.toThrow(
			'The "Team Name or ID" of item 0 is 77, but Libredesk has no team with this ID',
		);
		expect(writes()).toHaveLength(0);
	});

	it('an unknown agent is refused before any change', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const error = (await run({
			conversationId: byUuid(uuid),
			assignTo: 'agent',
			agentId: 999,
		}).catch((caught: unknown) => caught)) as { message: string; description: string };
		expect(error.message).toBe(
			'The "Agent Name or ID" of item 0 is 999, but Libredesk has no agent with this ID',
		);
		expect(error.description).toBe('Pick the agent from the list.');
		expect(writes()).toHaveLength(0);
	});

	it('an Assign To expression other than agent or team is refused, not taken for Agent', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(
			run({ conversationId: byUuid(uuid), assignTo: '={{ "user" }}', agentId: 5 }),
		).rejects.toThrow('The "Assign To" of item 0 is "user"');
		expect(ctx.sim.requests).toHaveLength(0);
	});
});
