/** Libredesk replaces name and category together: the node sends the current value of the one not given. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { claimUnique } from '../../helpers/runClaims';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import { recordLocator, recordUrl } from '../shared/adminRecord';
import { fieldCollection } from '../shared/descriptions';
import {
	categoryField,
	nameField,
	readCategory,
	readCustomStatus,
	readStatusName,
	STATUS,
	STATUS_WRITE_HINTS,
} from './record';
import type { StatusBody } from './record';

export const description: INodeProperties[] = [
	recordLocator(STATUS, "The status to change; Libredesk's default statuses cannot be changed"),
	fieldCollection('updateFields', 'Update Fields', 'Add Field', [categoryField, nameField]),
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const status = await readCustomStatus.call(this, check, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (fields.name === undefined && fields.category === undefined)
		throw check.fail('Update Fields', 'are empty', 'Add the Name or the Category to change.');
	const body: StatusBody = {
		name:
			fields.name === undefined
				? status.name
				: await readStatusName.call(this, check, itemIndex, fields.name, status.id),
		category:
			fields.category === undefined ? status.category : readCategory(check, fields.category),
	};
	if (fields.name !== undefined)
		claimUnique.call(this, check, itemIndex, {
			noun: 'status',
			what: 'name',
			field: 'Name',
			value: body.name,
			recordId: status.id,
		});
	return { id: status.id, body };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; body: StatusBody },
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: recordUrl(STATUS, request.id),
		body: request.body,
		itemIndex,
		permission: STATUS.permission,
		hints: STATUS_WRITE_HINTS,
	})) as IDataObject;
}
