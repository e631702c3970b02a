import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('conversation', { operation: 'addTags' });

describe('Conversation → Add Tags', () => {
	it('adds tags by name', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run({ conversationId: byUuid(uuid), tags: ['billing', 'vip'] });
		expect(output.json.tags).toEqual(['billing', 'vip']);
		expect(
			requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/tags`).map(
				(request) => request.json,
			),
		).toEqual([{ tags: ['billing', 'vip'], action: 'add_tags' }]);
	});
});
