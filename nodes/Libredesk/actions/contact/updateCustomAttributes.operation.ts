/**
 * Libredesk changes a contact's custom attributes only through one of the contact's
 * conversations (`PUT /conversations/{uuid}/contacts/custom-attributes`), merging the given keys
 * into the existing ones. Libredesk does not check the keys, so the node checks them against the
 * contact attribute definitions: an unknown key would be stored but never shown.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest, libredeskList, readConversation } from '../../transport';
import { customAttributesField, readCustomAttributes } from '../shared/customAttributesField';
import type { CustomAttributesRequest } from '../shared/customAttributesField';
import { conversationLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';

export const description: INodeProperties[] = [
	conversationLocator(
		"A conversation of the contact: Libredesk changes a contact's attributes through one of its conversations",
	),
	customAttributesField(
		'A JSON object of attribute key → value, e.g. {"crm_id": "C-1042"}. The keys given change; the contact keeps its other attributes.',
	),
];

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CustomAttributesRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const attributes = readCustomAttributes.call(this, check, itemIndex, '{"crm_id": "C-1042"}');
	if (!Object.keys(attributes).length)
		throw check.fail(
			'Custom Attributes',
			'is empty',
			'Enter at least one attribute, e.g. {"crm_id": "C-1042"}.',
		);
	return { uuid: await conversationUuid.call(this, check, itemIndex), attributes };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: CustomAttributesRequest,
): Promise<IDataObject> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const definitions = await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/custom-attributes',
		qs: { applies_to: 'contact' },
		itemIndex,
	});
	const keys = definitions.map((definition) => definition.key);
	const unknown = Object.keys(request.attributes).filter((key) => !keys.includes(key));
	if (unknown.length) {
		throw check.fail(
			'Custom Attributes',
			`has keys Libredesk does not define for contacts: ${unknown.join(', ')}`,
			`Use the keys of contact attributes (Admin → Custom Attributes): ${keys.join(', ') || 'none defined yet'}.`,
		);
	}
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
