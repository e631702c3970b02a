import { useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run, runAs } = useResourceRig('message', { operation: 'search' });

describe('Message → Search', () => {
	it('outputs one item per message found, with its conversation, notes included', async () => {
		const conversation = await seedConversation(ctx.sim, {
			content: '<p>Where is my zephyrine order?</p>',
		});
		await simCall(ctx.sim, 'POST', `/conversations/${conversation.uuid}/messages`, {
			message: '<p>Zephyrine stock arrives Monday</p>',
			private: true,
			sender_type: 'agent',
		});
		ctx.sim.clearRequests();
		const items = await run({ query: ' zephyrine ' });
		expect(items.map((item) => item.json)).toEqual([
			{
				text_content: 'Where is my zephyrine order?',
				conversation_created_at: expect.any(String),
				conversation_uuid: conversation.uuid,
				conversation_reference_number: conversation.reference_number,
				conversation_status: 'Open',
			},
			{
				text_content: 'Zephyrine stock arrives Monday',
				conversation_created_at: expect.any(String),
				conversation_uuid: conversation.uuid,
				conversation_reference_number: conversation.reference_number,
				conversation_status: 'Open',
			},
		]);
		// Libredesk sends Go's zero time as created_at; the node leaves it out.
		expect(
			(ctx.sim.requests[0].response?.body as { data: Array<{ created_at: string }> }).data[0]
				.created_at,
		).toBe('0001-01-01T00:00:00Z');
		expect(ctx.sim.requests[0].query).toEqual({ query: 'zephyrine' });
	});

	it('outputs nothing when nothing matches', async () => {
		expect(await run({ query: 'no-such-words-here' })).toEqual([]);
	});

	it('refuses a query under 3 characters before any request', async () => {
		await expect(run({ query: 'ab' })).rejects.toThrow(/"Query" of item 0 has 2 characters/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it("keeps Libredesk's 403 and names messages:read in the hint", async () => {
		const bo = ctx.sim.state.findUser(2)!;
		const roles = bo.roles;
		bo.roles = ['Contact Messages'];
		try {
			const error = (await runAs('agent', { query: 'zephyrine' }).catch(
				(caught: Error) => caught,
			)) as Error & { description?: string };
			expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
			expect(error.description).toMatch(/messages:read/);
		} finally {
			bo.roles = roles;
		}
	});
});
