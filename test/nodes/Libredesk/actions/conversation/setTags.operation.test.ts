import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('conversation', { operation: 'setTags' });

describe('Conversation → Set Tags', () => {
	it('sets tags by name, and clears them with an empty list', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${uuid}/tags`, {
			tags: ['billing'],
			action: 'add_tags',
		});
		ctx.sim.clearRequests();
		expect((await run({ conversationId: byUuid(uuid), tags: ['bug'] }))[0].json.tags).toEqual([
			'bug',
		]);
		expect((await run({ conversationId: byUuid(uuid), tags: [] }))[0].json.tags).toEqual([]);
		expect(
			requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/tags`).map(
				(request) => request.json,
			),
		).toEqual([
			{ tags: ['bug'], action: 'set_tags' },
			{ tags: [], action: 'set_tags' },
		]);
	});
});
