import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { libredeskApiRequest, readConversation } from '../../transport';
import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { customAttributesField, readCustomAttributes } from '../shared/customAttributesField';
import type { CustomAttributesRequest } from '../shared/customAttributesField';
import { conversationLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';
import {
	TYPED_ATTRIBUTES_SINCE_VERSION,
	readTypedAttributes,
	typedAttributesFields,
} from '../shared/typedAttributesFields';

const EXAMPLE = '{"order_id": "1042"}';

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
	...typedAttributesFields('conversation', {
		optional: false,
		jsonExample: EXAMPLE,
		jsonNote: 'In Merge mode, a value of null removes that attribute.',
	}),
];

interface AttributesRequest extends CustomAttributesRequest {
	merge: boolean;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<AttributesRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const merge = this.getNodeParameter('mode', itemIndex, 'merge') !== 'replace';
	if (this.getNode().typeVersion < TYPED_ATTRIBUTES_SINCE_VERSION) {
		return {
			uuid: await conversationUuid.call(this, check, itemIndex),
			merge,
			attributes: readCustomAttributes.call(this, check, itemIndex, EXAMPLE),
		};
	}
	const attributes = await readTypedAttributes.call(
		this,
		check,
		itemIndex,
		'conversation',
		EXAMPLE,
	);
	// null removes a key in a merge; in a replace there is nothing to remove it from.
	if (!merge)
		for (const key of Object.keys(attributes)) if (attributes[key] === null) delete attributes[key];
	return { uuid: await conversationUuid.call(this, check, itemIndex), merge, attributes };
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
