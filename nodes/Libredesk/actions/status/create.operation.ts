import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { claimUnique } from '../../helpers/runClaims';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import {
	categoryField,
	nameField,
	readCategory,
	readStatusName,
	STATUS,
	STATUS_WRITE_HINTS,
} from './record';
import type { StatusBody } from './record';

export const description: INodeProperties[] = [{ ...nameField, required: true }, categoryField];

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<StatusBody> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const body: StatusBody = {
		name: await readStatusName.call(
			this,
			check,
			itemIndex,
			this.getNodeParameter('name', itemIndex, ''),
		),
		category: readCategory(check, this.getNodeParameter('category', itemIndex)),
	};
	claimUnique.call(this, check, itemIndex, {
		noun: 'status',
		what: 'name',
		field: 'Name',
		value: body.name,
	});
	return body;
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	body: StatusBody,
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: STATUS.endpoint,
		body,
		itemIndex,
		permission: STATUS.permission,
		creates: `The status "${body.name}" may have been created: look for it with Status → Get Many`,
		hints: STATUS_WRITE_HINTS,
	})) as IDataObject;
}
