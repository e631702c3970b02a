/**
 * `GET /messages/search` (cmd/search.go, internal/search/queries.sql): messages other than activity
 * entries (notes included) whose text matches `%query%` with ILIKE, at most 30, in no set order.
 * The query does not read the message's time, so `created_at` is Go's zero time.
 */
import { errors, ok } from '../http';
import type { Route } from '../route';
import { SEARCH_TOO_SHORT } from './conversationLists';
import { messageJson } from './conversationRecords';

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** ILIKE '%' || q || '%': `%` and `_` in the query are wildcards too, `\` escapes. */
export function ilikeContains(query: string): RegExp {
	let pattern = '';
	for (let i = 0; i < query.length; i++) {
		const char = query[i];
		if (char === '\\' && i + 1 < query.length) pattern += escape(query[++i]);
		else if (char === '%') pattern += '.*';
		else if (char === '_') pattern += '.';
		else pattern += escape(char);
	}
	return new RegExp(pattern, 'isu');
}

export const messageSearchRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/messages/search',
		guard: 'messages:read',
		handle: ({ state, query }) => {
			const q = query.get('query') ?? '';
			if (Buffer.byteLength(q) < 3) return errors.input(SEARCH_TOO_SHORT);
			const matches = ilikeContains(q);
			const hits = state.messages
				.filter((m) => m.type !== 'activity')
				.map((m) => ({ message: m, text: String(messageJson(state, m).text_content) }))
				.filter(({ text }) => matches.test(text))
				.slice(0, 30);
			return ok(
				hits.map(({ message, text }) => {
					const conversation = state.conversations.find((c) => c.id === message.conversation_id);
					return {
						created_at: '0001-01-01T00:00:00Z',
						text_content: [...text].slice(0, 200).join(''),
						conversation_created_at: conversation?.created_at ?? '',
						conversation_uuid: conversation?.uuid ?? '',
						conversation_reference_number: conversation?.reference_number ?? '',
						conversation_status: conversation?.status ?? '',
					};
				}),
			);
		},
	},
];
