/**
 * Libredesk's message search (`/messages/search`): messages whose text contains the query, at most
 * 30, in conversations the key's agent may see. Private notes are searched too. Each hit names its
 * conversation; Libredesk does not send the message's own UUID.
 */
import { searchOperation } from '../shared/searchRequest';

/** Go's zero time: Libredesk v2.7.0 does not read the message's time for this search. */
const ZERO_TIME = /^0001-01-01T00:00:00/;

export const { description, prepare, send } = searchOperation({
	field: {
		displayName: 'Query',
		placeholder: 'e.g. refund',
		description:
			'Text the message contains (case-insensitive), at least 3 characters. Libredesk returns up to 30 messages, with the first 200 characters of each and its conversation.',
	},
	fix: 'Enter a word or phrase the message contains.',
	endpoint: '/messages/search',
	permission: 'messages:read',
	output: ({ created_at, ...hit }) =>
		typeof created_at === 'string' && ZERO_TIME.test(created_at) ? hit : { created_at, ...hit },
});
