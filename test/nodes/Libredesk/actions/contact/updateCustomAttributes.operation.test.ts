import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { mappedAttributes, seedConversation, seedTypedAttributes } from '../../../../helpers/seed';

const { ctx, run, runVersion } = useResourceRig('contact', { operation: 'updateCustomAttributes' });

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

describe('Contact → Update Custom Attributes, version 1.2: typed attributes', () => {
	beforeAll(() => seedTypedAttributes(ctx.sim));
	const writes = (uuid: string) =>
		requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/contacts/custom-attributes`);

	it('maps contact attributes by type; JSON null clears one (Libredesk merges)', async () => {
		const { uuid, contact } = await seedConversation(ctx.sim);
		const [output] = await runVersion(1.2, {
			conversationId: byUuid(uuid),
			attributes: mappedAttributes({ loyalty_points: '120', crm_id: 'C-9' }),
		});
		expect(writes(uuid)[0].json).toEqual({ loyalty_points: 120, crm_id: 'C-9' });
		expect(output.json).toMatchObject({
			id: contact.id,
			custom_attributes: { loyalty_points: 120 },
		});
		await runVersion(1.2, {
			conversationId: byUuid(uuid),
			attributesInput: 'json',
			attributesJson: '{"crm_id": null}',
		});
		expect(writes(uuid)[1].json).toEqual({ crm_id: null });
	});

	it('refuses conversation keys, wrong types and an empty set before any write', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(
			runVersion(1.2, {
				conversationId: byUuid(uuid),
				attributes: mappedAttributes({ tier: 'pro' }),
			}),
		).rejects.toThrow(
			/"Custom Attributes" of item 0 has keys Libredesk does not define for contacts: tier/,
		);
		await expect(
			runVersion(1.2, {
				conversationId: byUuid(uuid),
				attributes: mappedAttributes({ loyalty_points: 'lots' }),
			}),
		).rejects.toThrow(/Loyalty Points \(loyalty_points, number\) = "lots", not a number/);
		await expect(
			runVersion(1.2, {
				conversationId: byUuid(uuid),
				attributes: mappedAttributes({ crm_id: '' }),
			}),
		).rejects.toThrow(/"Custom Attributes" of item 0 is empty/);
		expect(writes(uuid)).toHaveLength(0);
		// One read of the definitions for the whole run, none for the empty one.
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/custom-attributes')).toHaveLength(2);
	});

	it('a workflow saved with version 1.1 keeps its JSON field and its key check while sending', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await runVersion(1.1, {
			conversationId: byUuid(uuid),
			customAttributes: '{"loyalty_points": "not checked by type"}',
		});
		expect(writes(uuid)[0].json).toEqual({ loyalty_points: 'not checked by type' });
	});
});
