/**
 * The reads a poll makes. Libredesk cannot list conversations by `updated_at` (neither its order
 * nor its filters take it), so the trigger reads `/conversations/all` by `last_message_at`: every
 * message moves it, and so does every change of status or assignment, because Libredesk records
 * those as activity entries, which are messages too.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { answerPage, libredeskApiRequest, readDistinctRows } from '../Libredesk/transport';
import type { LibredeskContext, LibredeskRequest } from '../Libredesk/transport';
import { isAfter, timestamp } from './instants';

/** Pages of messages are read newest first until one reaches the start of the window. */
const MESSAGE_PAGE = 100;
const MAX_MESSAGE_PAGES = 20;

function listRequest(inboxIds: number[], rules: IDataObject[]) {
	// Libredesk's "in" takes a JSON list of strings.
	const all = inboxIds.length
		? [
				{
					model: 'conversations',
					field: 'inbox_id',
					operator: 'in',
					value: JSON.stringify(inboxIds.map(String)),
				},
				...rules,
			]
		: rules;
	return {
		method: 'GET' as const,
		endpoint: '/conversations/all',
		qs: {
			order: 'desc',
			order_by: 'conversations.last_message_at',
			...(all.length ? { filters: JSON.stringify(all) } : {}),
		},
		permission: 'conversations:read_all',
	};
}

/** The conversations whose last message is later than `since` (all of them without), newest first. */
export async function readActive(
	this: IPollFunctions,
	inboxIds: number[],
	since: number | undefined,
): Promise<IDataObject[]> {
	const rules =
		since === undefined
			? []
			: [
					{
						model: 'conversations',
						field: 'last_message_at',
						operator: 'greater than',
						value: timestamp(since),
					},
				];
	return await readDistinctRows.call(this, listRequest(inboxIds, rules), undefined);
}

/** The `count` most recently active conversations. */
export async function readNewest(
	this: IPollFunctions,
	inboxIds: number[],
	count: number,
): Promise<IDataObject[]> {
	return await readDistinctRows.call(this, listRequest(inboxIds, []), count);
}

/**
 * One page of a conversation's messages (`allowNotFound`: none when the conversation is gone).
 * Anything but a page of records is the node's "not a Libredesk answer" error naming the route,
 * never a TypeError on a null entry or a page read as empty. The Libredesk Trigger reads its
 * activity entries with it too.
 */
export async function messagePage(
	this: LibredeskContext,
	request: LibredeskRequest,
): Promise<IDataObject[]> {
	const data = await libredeskApiRequest.call(this, request);
	return data === undefined ? [] : answerPage(this.getNode(), request, data).rows;
}

/** Which messages of a conversation are new: above a mark (a message ID), or after a time. */
export type NewerThan = { mark: number } | { since: number | undefined };

function isNewer(message: IDataObject, newer: NewerThan): boolean {
	if ('mark' in newer) return typeof message.id === 'number' && message.id > newer.mark;
	return isAfter(message.created_at, newer.since);
}

/**
 * A conversation's messages of these types that are newer than `newer`, oldest first (by ID,
 * which Libredesk gives in the order it stores them). A conversation deleted meanwhile has none.
 */
export async function messagesNewer(
	this: IPollFunctions,
	uuid: string,
	types: string[],
	newer: NewerThan,
): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	for (let page = 1; page <= MAX_MESSAGE_PAGES; page++) {
		const results = await messagePage.call(this, {
			method: 'GET',
			endpoint: `/conversations/${encodeURIComponent(uuid)}/messages`,
			qs: { page, page_size: MESSAGE_PAGE, type: types },
			permission: 'messages:read',
			allowNotFound: true,
		});
		const fresh = results.filter((message) => isNewer(message, newer));
		found.push(...fresh);
		// Newest first: a page that reaches what was handled, or a short one, is the last needed.
		if (fresh.length < results.length || results.length < MESSAGE_PAGE) break;
	}
	const id = (message: IDataObject) => (typeof message.id === 'number' ? message.id : 0);
	return found.sort((a, b) => id(a) - id(b));
}

/** The newest message from the customer in a conversation, if any. */
export async function latestIncoming(
	this: IPollFunctions,
	uuid: string,
): Promise<IDataObject | undefined> {
	const [newest] = await messagePage.call(this, {
		method: 'GET',
		endpoint: `/conversations/${encodeURIComponent(uuid)}/messages`,
		qs: { page: 1, page_size: 1, type: ['incoming'], private: false },
		permission: 'messages:read',
		allowNotFound: true,
	});
	return newest;
}
