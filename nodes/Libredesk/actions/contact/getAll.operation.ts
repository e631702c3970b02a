import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { SIMPLE_CONTACT_FIELDS, simplifyContact } from '../../helpers/simplify';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequestAllItems } from '../../transport/pagination';
import { returnAllAndLimit, showFor, simplifyField } from '../shared/descriptions';

const show = showFor('contact', 'getAll');

export const description: INodeProperties[] = [
	...returnAllAndLimit(show),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Order',
				name: 'order',
				type: 'options',
				default: 'desc',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
			},
			{
				displayName: 'Order By',
				name: 'orderBy',
				type: 'options',
				default: 'created_at',
				options: [
					{ name: 'Created At', value: 'created_at' },
					{ name: 'Email', value: 'email' },
					{ name: 'Updated At', value: 'updated_at' },
				],
			},
		],
	},
	simplifyField(show, SIMPLE_CONTACT_FIELDS),
];

interface ContactsRequest {
	limit?: number;
	qs: IDataObject;
	simplify: boolean;
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<ContactsRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const orderBy = (options.orderBy as string | undefined) ?? 'created_at';
	if (!['created_at', 'email', 'updated_at'].includes(orderBy)) throw check.fail('Order By', `is "${orderBy}"`, 'Use created_at, email or updated_at.');
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return {
		limit: returnAll ? undefined : check.positiveInteger('Limit', this.getNodeParameter('limit', itemIndex, 50), 'Enter how many contacts to return, e.g. 50.'),
		qs: { order_by: `users.${orderBy}`, order: options.order === 'asc' ? 'asc' : 'desc' },
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
	};
}

export async function send(this: IExecuteFunctions, itemIndex: number, request: ContactsRequest): Promise<IDataObject[]> {
	const contacts = await libredeskApiRequestAllItems.call(this, { method: 'GET', endpoint: '/contacts', qs: request.qs, itemIndex, permission: 'contacts:read_all' }, request.limit);
	return request.simplify ? contacts.map(simplifyContact) : contacts;
}
