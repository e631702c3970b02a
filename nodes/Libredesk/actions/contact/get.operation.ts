import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactId } from '../../helpers/recordIds';
import { SIMPLE_CONTACT_FIELDS, simplifyContact } from '../../helpers/simplify';
import { InputChecker } from '../../helpers/validation';
import { contactLocator, simplifyField } from '../shared/descriptions';
import { readContact } from '../../transport';

export const description: INodeProperties[] = [
	contactLocator(),
	simplifyField(SIMPLE_CONTACT_FIELDS),
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	return {
		id: contactId.call(this, check, itemIndex),
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; simplify: boolean },
): Promise<IDataObject> {
	const contact = await readContact.call(this, request.id, itemIndex);
	return request.simplify ? simplifyContact(contact) : contact;
}
