import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { libredeskApiRequest, readConversation } from '../../transport';
import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { customAttributesField, readCustomAttributes } from '../shared/customAttributesField';
import type { CustomAttributesRequest } from '../shared/customAttributesField';
import { conversationLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';

export const description: INodeProperties[] = [
	conversationLocator(),
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		default: 'merge',
		options: [
			{
				name: 'Merge',
				value: 'merge',
				description:
					'Change only the attributes given; keep the others (reads the conversation first)',
			},
			{
				name: 'Replace',
				value: 'replace',
				description: 'Make the given attributes the only ones; the others are removed',
			},
		],
	},
	customAttributesField(
		'A JSON object of attribute key → value, e.g. {"order_id": "1042"}. In Merge mode, a value of null removes that attribute.',
	),
];

interface AttributesRequest extends CustomAttributesRequest {
	merge: boolean;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<AttributesRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	return {
		uuid: await conversationUuid.call(this, check, itemIndex),
		merge: this.getNodeParameter('mode', itemIndex, 'merge') !== 'replace',
		attributes: readCustomAttributes.call(this, check, itemIndex, '{"order_id": "1042"}'),
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: AttributesRequest,
): Promise<IDataObject> {
	let attributes = request.attributes;
	if (request.merge) {
		// Libredesk's endpoint replaces the whole object, so merging means read, merge, write.
		const current = ((await readConversation.call(this, request.uuid, itemIndex))
			.custom_attributes ?? {}) as IDataObject;
		attributes = { ...current, ...request.attributes };
		for (const [key, value] of Object.entries(attributes))
			if (value === null) delete attributes[key];
	}
	await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: `/conversations/${request.uuid}/custom-attributes`,
		body: attributes,
		itemIndex,
	});
	return await readAfterChange.call(
		this,
		`Libredesk updated the custom attributes of conversation ${request.uuid}`,
		() => readConversation.call(this, request.uuid, itemIndex),
	);
}
