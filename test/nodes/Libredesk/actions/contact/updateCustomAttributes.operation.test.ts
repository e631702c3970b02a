import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('contact', { operation: 'updateCustomAttributes' });

describe('Contact → Update Custom Attributes', () => {
	it("merges the attributes into the contact's, through one of its conversations, and outputs the contact", async () => {
		const { uuid, contact } = await seedConversation(ctx.sim);
		ctx.sim.state.users.find((user) => user.id === contact.id)!.custom_attributes = {
			crm_id: 'old',
			legacy: 'kept',
		};
		const [output] = await run({
			conversationId: byUuid(uuid),
			customAttributes: '{"crm_id": "C-1042"}',
		});
		expect(
			requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/contacts/custom-attributes`)[0]
				.json,
		).toEqual({ crm_id: 'C-1042' });
		expect(output.json).toMatchObject({
			id: contact.id,
			custom_attributes: { crm_id: 'C-1042', legacy: 'kept' },
		});
	});

	it('refuses keys Libredesk does not define for contacts, and an empty object before any request', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(run({ conversationId: byUuid(uuid), customAttributes: '{}' })).rejects.toThrow(
			/"Custom Attributes" of item 0 is empty/,
		);
		expect(ctx.sim.requests).toHaveLength(0);
		await expect(
			run({
				conversationId: byUuid(uuid),
				customAttributes: { order_id: '1' },
			}),
		).rejects.toThrow(/keys Libredesk does not define for contacts: order_id/);
		expect(
			requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/contacts/custom-attributes`),
		).toHaveLength(0);
	});
});
