import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { searchRequest } from '../shared/searchRequest';

export const description: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'query',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. jane@example.com',
		description:
			'All or part of the email address, at least 3 characters. Libredesk returns up to 15 contacts.',
	},
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const query = check.searchQuery(
		'Email',
		this.getNodeParameter('query', itemIndex),
		'Enter all or part of an email address.',
	);
	return { query };
}

export const send = searchRequest('/contacts/search', 'contacts:read');
