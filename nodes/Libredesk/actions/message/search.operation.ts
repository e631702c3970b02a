/**
 * Libredesk's message search (`/messages/search`): messages whose text contains the query, at most
 * 30, in conversations the key's agent may see. Private notes are searched too. Each hit names its
 * conversation; Libredesk does not send the message's own UUID.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { searchRequest } from '../shared/searchRequest';

export const description: INodeProperties[] = [
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. refund',
		description:
			'Text the message contains (case-insensitive), at least 3 characters. Libredesk returns up to 30 messages, with the first 200 characters of each and its conversation.',
	},
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const query = check.searchQuery(
		'Query',
		this.getNodeParameter('query', itemIndex),
		'Enter a word or phrase the message contains.',
	);
	return { query };
}

/** Go's zero time: Libredesk v2.7.0 does not read the message's time for this search. */
const ZERO_TIME = /^0001-01-01T00:00:00/;

const search = searchRequest('/messages/search', 'messages:read');

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { query: string },
): Promise<IDataObject[]> {
	const hits = await search.call(this, itemIndex, request);
	return hits.map(({ created_at, ...hit }) =>
		typeof created_at === 'string' && ZERO_TIME.test(created_at) ? hit : { created_at, ...hit },
	);
}
