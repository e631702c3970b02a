/**
 * Libredesk changes a contact's custom attributes only through one of the contact's
 * conversations (`PUT /conversations/{uuid}/contacts/custom-attributes`), merging the given keys
 * into the existing ones. Libredesk does not check the keys, so the node checks them against the
 * contact attribute definitions: an unknown key would be stored but never shown. From node version
 * 1.2 the values are checked by type as well. Both are checked before any request is sent.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { attributeDefinitions } from '../../helpers/attributeDefinitions';
import { libredeskApiRequest, readConversation } from '../../transport';
import { customAttributesField, readCustomAttributes } from '../shared/customAttributesField';
import type { CustomAttributesRequest } from '../shared/customAttributesField';
import { conversationLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';
import {
	FIELD,
	TYPED_ATTRIBUTES_SINCE_VERSION,
	readTypedAttributes,
	typedAttributesFields,
} from '../shared/typedAttributesFields';

const EXAMPLE = '{"crm_id": "C-1042"}';

export const description: INodeProperties[] = [
	conversationLocator(
		"A conversation of the contact: Libredesk changes a contact's attributes through one of its conversations",
	),
	customAttributesField(
		'A JSON object of attribute key → value, e.g. {"crm_id": "C-1042"}. The keys given change; the contact keeps its other attributes.',
	),
	...typedAttributesFields('contact', {
		optional: false,
		jsonExample: EXAMPLE,
		jsonNote:
			'The keys given change; the contact keeps its other attributes. A value of null clears one.',
	}),
];

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CustomAttributesRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const typed = this.getNode().typeVersion >= TYPED_ATTRIBUTES_SINCE_VERSION;
	const attributes = typed
		? await readTypedAttributes.call(this, check, itemIndex, 'contact', EXAMPLE)
		: readCustomAttributes.call(this, check, itemIndex, EXAMPLE);
	if (!Object.keys(attributes).length) {
		const json = this.getNodeParameter('attributesInput', itemIndex, 'map') === 'json';
		throw check.fail(
			!typed ? 'Custom Attributes' : json ? FIELD.json : FIELD.map,
			'is empty',
			typed && !json
				? 'Add at least one attribute and give it a value.'
				: `Enter at least one attribute, e.g. ${EXAMPLE}.`,
		);
	}
	const uuid = await conversationUuid.call(this, check, itemIndex);
	if (!typed) await refuseUnknownKeys.call(this, check, itemIndex, attributes);
	return { uuid, attributes };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: CustomAttributesRequest,
): Promise<IDataObject> {
	await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: `/conversations/${request.uuid}/contacts/custom-attributes`,
		body: request.attributes,
		itemIndex,
	});
	const conversation = await readAfterChange.call(
		this,
		`Libredesk updated the custom attributes of the contact of conversation ${request.uuid}`,
		() => readConversation.call(this, request.uuid, itemIndex),
	);
	const contact = conversation.contact as IDataObject | null;
	return contact ?? {};
}

/** Version 1 and 1.1: keys only (1.2 checks values by type as well). */
async function refuseUnknownKeys(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	attributes: IDataObject,
): Promise<void> {
	const definitions = await attributeDefinitions.call(this, 'contact', itemIndex);
	const keys = definitions.map((definition) => definition.key);
	const unknown = Object.keys(attributes).filter((key) => !keys.includes(key));
	if (unknown.length) {
		throw check.fail(
			'Custom Attributes',
			`has keys Libredesk does not define for contacts: ${unknown.join(', ')}`,
			`Use the keys of contact attributes (Admin → Custom Attributes): ${keys.join(', ') || 'none defined yet'}.`,
		);
	}
}
