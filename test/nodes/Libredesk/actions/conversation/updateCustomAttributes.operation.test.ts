import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('conversation', { operation: 'updateCustomAttributes' });
const withAttributes = () =>
	seedConversation(ctx.sim, { custom_attributes: { order_id: '1', plan: 'free' } });
const attributeWrites = (uuid: string) =>
	requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/custom-attributes`);

describe('Conversation → Update Custom Attributes', () => {
	it('merges by default (read, merge, write) and can remove a key with null', async () => {
		const { uuid } = await withAttributes();
		const [output] = await run({
			conversationId: byUuid(uuid),
			customAttributes: '{"plan": "pro", "order_id": null}',
		});
		expect(output.json.custom_attributes).toEqual({ plan: 'pro' });
		expect(attributeWrites(uuid)[0].json).toEqual({ plan: 'pro' });
	});

	it('replaces when asked, including with an empty object', async () => {
		const { uuid } = await withAttributes();
		const [output] = await run({
			conversationId: byUuid(uuid),
			mode: 'replace',
			customAttributes: '{}',
		});
		expect(output.json.custom_attributes).toEqual({});
		expect(attributeWrites(uuid)[0].body.toString()).toBe('{}');
	});
});
