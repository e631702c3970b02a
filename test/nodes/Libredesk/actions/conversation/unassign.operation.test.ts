import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run, storedConversation } = useResourceRig('conversation', { operation: 'unassign' });

describe('Conversation → Unassign', () => {
	it('unassigns the team', async () => {
		const { uuid } = await seedConversation(ctx.sim, { team_id: 1 });
		expect(storedConversation(uuid).assigned_team_id).toBe(1);
		const [none] = await run({ conversationId: byUuid(uuid), unassign: 'team' });
		expect(none.json).toMatchObject({ assigned_team_id: null });
		expect(
			requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/assignee/team/remove`),
		).toHaveLength(1);
	});
});
