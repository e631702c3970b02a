import { useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('report', { operation: 'getConversationTrend' });

describe('Report → Get Conversation Trend', () => {
	it('outputs [] where Libredesk sends null for a period without conversations', async () => {
		const [empty] = await run({ days: 7 });
		expect((ctx.sim.requests[0].response?.body as { data: unknown }).data).toEqual({
			new_conversations: null,
			resolved_conversations: null,
		});
		expect(empty.json).toEqual({ new_conversations: [], resolved_conversations: [] });
	});

	it('outputs the days Libredesk lists', async () => {
		await seedConversation(ctx.sim);
		const [item] = await run({ days: 7 });
		expect(item.json.new_conversations).toEqual([
			{ date: new Date().toISOString().slice(0, 10), count: 1 },
		]);
		expect(item.json.resolved_conversations).toEqual([]);
	});
});
