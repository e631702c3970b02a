import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactId } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { libredeskList } from '../../transport';
import { contactLocator } from '../shared/descriptions';

export const description: INodeProperties[] = [contactLocator()];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	return { id: contactId.call(this, new InputChecker(this.getNode(), itemIndex), itemIndex) };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number },
): Promise<IDataObject[]> {
	return await libredeskList.call(this, {
		method: 'GET',
		endpoint: `/contacts/${request.id}/notes`,
		itemIndex,
		permission: 'contact_notes:read',
	});
}
