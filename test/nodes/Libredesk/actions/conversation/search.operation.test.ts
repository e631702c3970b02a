import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('conversation');

describe('Conversation → Search', () => {
	it('finds by contact email', async () => {
		const seeded = await seedConversation(ctx.sim, { contact_email: 'findable@example.com' });
		const output = await run({ operation: 'search', query: 'findable@' });
		expect(output.map((item) => item.json.uuid)).toEqual([seeded.uuid]);
		expect(Object.keys(output[0].json).sort()).toEqual([
			'created_at',
			'reference_number',
			'status',
			'subject',
			'uuid',
		]);
	});

	it('finds a reference number written with "#" (Libredesk itself matches only the bare number)', async () => {
		const { uuid, reference_number } = await seedConversation(ctx.sim);
		const output = await run({ operation: 'search', query: ` #${reference_number}` });
		expect(output.map((item) => item.json.uuid)).toEqual([uuid]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/search').at(-1)?.query.query).toBe(
			reference_number,
		);
	});

	it('refuses fewer than 3 characters before sending', async () => {
		ctx.sim.clearRequests();
		await expect(run({ operation: 'search', query: 'ab' })).rejects.toThrow(
			/"Query" of item 0 has 2 characters/,
		);
		expect(ctx.sim.requests).toHaveLength(0);
	});
});
