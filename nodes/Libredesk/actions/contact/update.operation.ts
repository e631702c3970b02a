/**
 * Libredesk's contact update is a multipart full replace: every field not sent is cleared, and a
 * missing `avatar_url` deletes the avatar. The node reads the contact first and sends the current
 * value of every field the user did not change, so an update never loses data.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactId } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest, readContact } from '../../transport';
import { contactLocator, fieldCollection } from '../shared/descriptions';

/** Node field → Libredesk form field. */
const FIELDS = {
	firstName: 'first_name',
	lastName: 'last_name',
	email: 'email',
	phoneNumber: 'phone_number',
	phoneNumberCountryCode: 'phone_number_country_code',
	country: 'country',
} as const;

export const description: INodeProperties[] = [
	contactLocator(),
	fieldCollection(
		'updateFields',
		'Update Fields',
		'Add Field',
		[
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'e.g. DE',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. jane@example.com',
				default: '',
				description: 'Must not belong to another contact',
			},
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			{
				displayName: 'Phone Number',
				name: 'phoneNumber',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1701234567',
			},
			{
				displayName: 'Phone Number Country Code',
				name: 'phoneNumberCountryCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. +49',
			},
			{
				displayName: 'Remove Avatar',
				name: 'removeAvatar',
				type: 'boolean',
				default: false,
				description: "Whether to delete the contact's avatar picture",
			},
		],
		'Only the fields given change; the node keeps every other field as it is in Libredesk',
	),
];

interface UpdateRequest {
	id: number;
	changes: Partial<Record<(typeof FIELDS)[keyof typeof FIELDS], string>>;
	removeAvatar: boolean;
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<UpdateRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const changes: UpdateRequest['changes'] = {};
	if (fields.firstName !== undefined)
		changes.first_name = check.requiredText(
			'First Name',
			fields.firstName,
			'Enter a first name; Libredesk requires one.',
			140,
		);
	if (fields.email !== undefined) changes.email = check.email('Email', fields.email);
	if (fields.lastName !== undefined)
		changes.last_name = check.optionalText('Last Name', fields.lastName, 140);
	for (const [key, label] of [
		['phoneNumber', 'Phone Number'],
		['phoneNumberCountryCode', 'Phone Number Country Code'],
		['country', 'Country'],
	] as const) {
		if (fields[key] !== undefined) changes[FIELDS[key]] = check.optionalText(label, fields[key]);
	}
	const removeAvatar = fields.removeAvatar === true;
	if (!Object.keys(changes).length && !removeAvatar) {
		throw check.fail('Update Fields', 'is empty', 'Add at least one field to change.');
	}
	return { id: contactId.call(this, check, itemIndex), changes, removeAvatar };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: UpdateRequest,
): Promise<IDataObject> {
	const current = await readContact.call(this, request.id, itemIndex);
	const form = new FormData();
	for (const field of Object.values(FIELDS)) {
		const value = field in request.changes ? request.changes[field] : current[field];
		// A field left out is cleared by Libredesk: send every field that has a value.
		if (value !== undefined && value !== null) form.append(field, String(value));
	}
	if (request.removeAvatar) form.append('avatar_url', 'null');
	else if (typeof current.avatar_url === 'string' && current.avatar_url !== '')
		form.append('avatar_url', current.avatar_url);
	return (await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: `/contacts/${request.id}`,
		body: form,
		itemIndex,
		permission: 'contacts:write',
	})) as IDataObject;
}
