import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { libredeskApiRequest } from '../../transport';
import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { conversationLocator } from '../shared/descriptions';
import { readConversation } from '../../transport';

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
	{
		displayName: 'Custom Attributes',
		name: 'customAttributes',
		type: 'json',
		default: '{}',
		required: true,
		description:
			'A JSON object of attribute key → value, e.g. {"order_id": "1042"}. In Merge mode, a value of null removes that attribute.',
	},
];

interface AttributesRequest {
	uuid: string;
	merge: boolean;
	attributes: IDataObject;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<AttributesRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	return {
		uuid: await conversationUuid.call(this, check, itemIndex),
		merge: this.getNodeParameter('mode', itemIndex, 'merge') !== 'replace',
		attributes: check.jsonObject(
			'Custom Attributes',
			this.getNodeParameter('customAttributes', itemIndex),
			'Enter a JSON object such as {"order_id": "1042"}.',
		),
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
	return await readConversation.call(this, request.uuid, itemIndex);
}
