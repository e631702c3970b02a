import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { SIMPLE_CONTACT_FIELDS, simplifyContact } from '../../helpers/simplify';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequestAllItems } from '../../transport';
import { orderOptions, returnAllAndLimit, simplifyField } from '../shared/descriptions';
import { readLimit, readOrder } from '../shared/limitAndOrder';
const ORDER_FIELDS = { 'Created At': 'created_at', Email: 'email', 'Updated At': 'updated_at' };

export const description: INodeProperties[] = [
	...returnAllAndLimit(),
	orderOptions(ORDER_FIELDS, 'created_at'),
	simplifyField(SIMPLE_CONTACT_FIELDS),
];

interface ContactsRequest {
	limit?: number;
	qs: IDataObject;
	simplify: boolean;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<ContactsRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { orderBy, order } = readOrder(check, options, ORDER_FIELDS, 'created_at');
	return {
		limit: readLimit.call(this, check, itemIndex),
		qs: { order_by: `users.${orderBy}`, order },
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: ContactsRequest,
): Promise<IDataObject[]> {
	const contacts = await libredeskApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			endpoint: '/contacts',
			qs: request.qs,
			itemIndex,
			permission: 'contacts:read_all',
		},
		request.limit,
	);
	return request.simplify ? contacts.map(simplifyContact) : contacts;
}
