import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { seedConversation } from '../../../../helpers/seed';

const ctx = useSimulator();

describe('Conversation → Mark Unread', () => {
	it("marks the conversation unread for the key's agent", async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const [output] = await runNode(
			libredeskNode({
				resource: 'conversation',
				operation: 'markUnread',
				conversationId: { __rl: true, mode: 'id', value: uuid },
			}),
			[{ json: {} }],
			credentialsFor(ctx.sim),
		);
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/mark-unread`)).toHaveLength(1);
		expect(output.json).toEqual({ uuid, unread: true });
	});

	it('an unknown conversation is a 404 from Libredesk', async () => {
		const node = libredeskNode({
			resource: 'conversation',
			operation: 'markUnread',
			conversationId: { __rl: true, mode: 'id', value: '7f1c2a9e-1b2c-4d3e-8f90-123456789abc' },
		});
		await expect(runNode(node, [{ json: {} }], credentialsFor(ctx.sim))).rejects.toThrow(
			'Libredesk: Conversation not found (HTTP 404, NotFoundException)',
		);
	});
});
