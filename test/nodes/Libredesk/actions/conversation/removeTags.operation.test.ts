import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('conversation', { operation: 'removeTags' });

describe('Conversation → Remove Tags', () => {
	it('removes tags by name', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${uuid}/tags`, {
			tags: ['billing', 'vip'],
			action: 'add_tags',
		});
		ctx.sim.clearRequests();
		const [output] = await run({ conversationId: byUuid(uuid), tags: 'vip' });
		expect(output.json.tags).toEqual(['billing']);
		expect(
			requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/tags`).map(
				(request) => request.json,
			),
		).toEqual([{ tags: ['vip'], action: 'remove_tags' }]);
	});
});
