import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker, referenceQuery } from '../../helpers/validation';
import { searchRequest } from '../shared/searchRequest';

export const description: INodeProperties[] = [
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1042 or jane@example.com',
		description:
			'A reference number (exact match, with or without "#") or part of a contact email, at least 3 characters. Libredesk returns up to 1000 matches, newest first, with uuid, reference_number, subject and status.',
	},
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const query = check.searchQuery(
		'Query',
		referenceQuery(this.getNodeParameter('query', itemIndex)),
		'Enter a reference number or part of an email address.',
	);
	return { query };
}

export const send = searchRequest('/conversations/search', 'conversations:read');
