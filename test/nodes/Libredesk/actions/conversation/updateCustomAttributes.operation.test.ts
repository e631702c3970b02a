import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { mappedAttributes, seedConversation, seedTypedAttributes } from '../../../../helpers/seed';

const { ctx, run, runVersion } = useResourceRig('conversation', {
	operation: 'updateCustomAttributes',
});
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

describe('Conversation → Update Custom Attributes, version 1.2: typed attributes', () => {
	beforeAll(() => seedTypedAttributes(ctx.sim));
	const typed = async (parameters: INodeParameters, items?: INodeExecutionData[]) =>
		await runVersion(1.2, parameters, items);

	it('maps each attribute by its type (the default) and merges', async () => {
		const { uuid } = await withAttributes();
		const [output] = await typed({
			conversationId: byUuid(uuid),
			attributes: mappedAttributes({ tier: 'pro', score: 7, vip: false, plan: null }),
		});
		expect(attributeWrites(uuid)[0].json).toEqual({
			order_id: '1',
			plan: 'free',
			tier: 'pro',
			score: 7,
			vip: false,
		});
		expect(output.json.custom_attributes).toMatchObject({ tier: 'pro', vip: false });
	});

	it('JSON: null removes a key in Merge and is left out in Replace', async () => {
		const { uuid } = await withAttributes();
		await typed({
			conversationId: byUuid(uuid),
			attributesInput: 'json',
			attributesJson: '{"plan": null, "due_date": "2026-01-31"}',
		});
		expect(attributeWrites(uuid)[0].json).toEqual({ order_id: '1', due_date: '2026-01-31' });
		await typed({
			conversationId: byUuid(uuid),
			mode: 'replace',
			attributesInput: 'json',
			attributesJson: '{"plan": null, "tier": "free"}',
		});
		expect(attributeWrites(uuid)[1].json).toEqual({ tier: 'free' });
	});

	it('refuses a wrong value or an unknown key of any item before the first write', async () => {
		const { uuid } = await withAttributes();
		await expect(
			typed(
				{
					conversationId: byUuid(uuid),
					attributesInput: 'json',
					attributesJson: '={{ $json.attrs }}',
				},
				[{ json: { attrs: { score: 1 } } }, { json: { attrs: { score: '1,5' } } }],
			),
		).rejects.toThrow(
			'The "Custom Attributes (JSON)" of item 1 has Score (score, number) = "1,5", not a number',
		);
		await expect(
			typed({ conversationId: byUuid(uuid), attributes: mappedAttributes({ crm_id: 'C-1' }) }),
		).rejects.toThrow(
			/"Custom Attributes" of item 0 has keys Libredesk does not define for conversations: crm_id/,
		);
		expect(attributeWrites(uuid)).toHaveLength(0);
	});

	it('a workflow saved with version 1 or 1.1 keeps its JSON field, unchecked as before', async () => {
		for (const typeVersion of [1, 1.1]) {
			const { uuid } = await withAttributes();
			await runVersion(typeVersion, {
				conversationId: byUuid(uuid),
				customAttributes: '{"score": "not checked"}',
			});
			expect(attributeWrites(uuid)[0].json).toEqual({
				order_id: '1',
				plan: 'free',
				score: 'not checked',
			});
		}
	});
});
