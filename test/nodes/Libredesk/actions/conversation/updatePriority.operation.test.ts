import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run, writes, storedConversation } = useResourceRig('conversation', {
	operation: 'updatePriority',
});

describe('Conversation → Update Priority', () => {
	it('sets a known priority', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run({ conversationId: byUuid(uuid), priority: 'High' });
		expect(output.json).toMatchObject({ priority: 'High', priority_id: 3 });
	});

	it('refuses an unknown name, which Libredesk would silently turn into "no priority"', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await run({ conversationId: byUuid(uuid), priority: 'Medium' });
		ctx.sim.clearRequests();
		await expect(run({ conversationId: byUuid(uuid), priority: 'Urgent' })).rejects.toThrow(
			/"Priority Name or ID" of item 0 is "Urgent"/,
		);
		expect(writes()).toHaveLength(0);
		expect(storedConversation(uuid).priority).toBe('Medium');
	});
});
