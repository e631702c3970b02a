/** Libredesk replaces every changeable field: the node sends the current value of each one not given. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import { recordLocator, recordUrl } from '../shared/adminRecord';
import { fieldCollection } from '../shared/descriptions';
import {
	CUSTOM_ATTRIBUTE,
	descriptionField,
	nameField,
	optionalDefinitionFields,
	readChangeableFields,
	readDefinition,
} from './record';
import type { DefinitionBody } from './record';

export const description: INodeProperties[] = [
	recordLocator(CUSTOM_ATTRIBUTE, 'The custom attribute to change (its key and data type stay)'),
	fieldCollection('updateFields', 'Update Fields', 'Add Field', [
		descriptionField,
		nameField,
		...optionalDefinitionFields,
	]),
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const current = await readDefinition.call(this, check, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (Object.keys(fields).length === 0)
		throw check.fail('Update Fields', 'are empty', 'Add the fields to change.');
	const base: DefinitionBody = {
		applies_to: current.applies_to,
		key: current.key,
		data_type: current.data_type,
		name: current.name,
		description: current.description,
		values: current.values ?? [],
		regex: current.regex ?? '',
		regex_hint: current.regex_hint ?? '',
	};
	return { id: current.id, body: readChangeableFields(check, base, fields) };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; body: DefinitionBody },
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: recordUrl(CUSTOM_ATTRIBUTE, request.id),
		body: request.body,
		itemIndex,
		permission: CUSTOM_ATTRIBUTE.permission,
		hints: { 500: 'Libredesk could not update the attribute: it was deleted meanwhile.' },
	})) as IDataObject;
}
