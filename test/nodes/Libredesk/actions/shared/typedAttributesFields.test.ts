import type { INodeParameters } from 'n8n-workflow';

import {
	readTypedAttributes,
	typedAttributesFields,
} from '../../../../../nodes/Libredesk/actions/shared/typedAttributesFields';
import { checkerFor } from '../../../../helpers/bareNode';
import { executeContext } from '../../../../helpers/executeContext';
import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';

const ctx = useSimulator();
beforeEach(() => ctx.sim.clearRequests());

const read = async (parameters: INodeParameters) =>
	await readTypedAttributes.call(
		executeContext(
			credentialsFor(ctx.sim),
			{ resource: 'conversation', operation: 'updateCustomAttributes', ...parameters },
			[{ json: {} }],
			1.2,
		),
		checkerFor(0),
		0,
		'conversation',
		'{"order_id": "1042"}',
	);

describe('typedAttributesFields', () => {
	it('is a choice, the resource mapper and a JSON field, all from version 1.2', () => {
		const [input, mapper, json] = typedAttributesFields('contact', {
			optional: false,
			jsonExample: '{"crm_id": "C-1"}',
		});
		expect(input).toMatchObject({
			name: 'attributesInput',
			default: 'map',
			displayOptions: { show: { '@version': [{ _cnd: { gte: 1.2 } }] } },
		});
		expect((input.options ?? []).map((option) => (option as { value: string }).value)).toEqual([
			'map',
			'json',
		]);
		expect(mapper).toMatchObject({
			name: 'attributes',
			type: 'resourceMapper',
			noDataExpression: true,
			default: { mappingMode: 'defineBelow', value: null },
			typeOptions: {
				resourceMapper: {
					resourceMapperMethod: 'getContactAttributes',
					mode: 'add',
					addAllFields: false,
					supportAutoMap: false,
				},
			},
			displayOptions: { show: { attributesInput: ['map'] } },
		});
		expect(json).toMatchObject({
			name: 'attributesJson',
			type: 'json',
			displayOptions: { show: { attributesInput: ['json'] } },
		});
		const [optional] = typedAttributesFields('conversation', { optional: true, jsonExample: '{}' });
		expect(optional.default).toBe('none');
	});
});

describe('readTypedAttributes', () => {
	it('leaves out fields left empty and reads no definitions when nothing is set', async () => {
		expect(
			await read({
				attributes: { mappingMode: 'defineBelow', value: { order_id: '', plan: null } },
			}),
		).toEqual({});
		expect(await read({ attributesInput: 'json', attributesJson: '{}' })).toEqual({});
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/custom-attributes')).toHaveLength(0);
	});

	it('refuses what is not a list of attributes, and a choice it does not know', async () => {
		await expect(
			read({ attributes: { mappingMode: 'autoMapInputData', value: null } }),
		).rejects.toThrow('The "Custom Attributes" of item 0 is not a list of attributes to set');
		await expect(read({ attributesInput: 'everything' })).rejects.toThrow(
			'The "Set Custom Attributes" of item 0 is "everything"',
		);
		await expect(read({ attributesInput: 'json', attributesJson: '[1]' })).rejects.toThrow(
			'The "Custom Attributes (JSON)" of item 0 is a list, not a JSON object',
		);
	});
});
