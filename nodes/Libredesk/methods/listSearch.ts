import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { referenceQuery, utf8Length } from '../helpers/validation';
import { libredeskList, libredeskPageRows } from '../transport';

interface Inbox {
	id: number;
	name: string;
	channel: string;
	enabled: boolean;
	from?: string;
}

function matches(
	filter: string | undefined,
	...values: Array<string | number | undefined>
): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return values.some(
		(value) => value !== undefined && String(value).toLowerCase().includes(needle),
	);
}

/** Only enabled email inboxes can take new conversations, so only those are offered. */
export async function searchInboxes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const inboxes = (await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/inboxes',
	})) as unknown as Inbox[];
	return {
		results: inboxes
			.filter((inbox) => inbox.channel === 'email' && inbox.enabled)
			.filter((inbox) => matches(filter, inbox.name, inbox.from, inbox.id))
			.sort((a, b) => String(a.name).localeCompare(String(b.name)))
			.map((inbox) => ({
				name: inbox.from ? `${inbox.name} (${inbox.from})` : String(inbox.name),
				value: String(inbox.id),
			})),
	};
}

/**
 * Libredesk searches with 3 or more characters (reference number or contact email); with less,
 * the list shows the latest conversations instead.
 */
export async function searchConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const query = String(referenceQuery(filter ?? ''));
	const found =
		utf8Length(query) >= 3
			? await libredeskList.call(this, {
					method: 'GET',
					endpoint: '/conversations/search',
					qs: { query },
				})
			: await libredeskPageRows.call(this, {
					method: 'GET',
					endpoint: '/conversations/all',
					qs: { page: 1, page_size: 50 },
				});
	return {
		results: (found as unknown as ConversationHit[]).map((conversation) => ({
			name: `#${conversation.reference_number} ${conversation.subject ?? ''}`.trim(),
			value: String(conversation.uuid),
		})),
	};
}

interface ConversationHit {
	uuid: string;
	reference_number: string;
	subject?: string;
}

export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const query = (filter ?? '').trim();
	type Contact = { id: number; email: string; first_name?: string; last_name?: string | null };
	const found =
		query.length >= 3
			? await libredeskList.call(this, {
					method: 'GET',
					endpoint: '/contacts/search',
					qs: { query },
				})
			: await libredeskPageRows.call(this, {
					method: 'GET',
					endpoint: '/contacts',
					qs: { page: 1, page_size: 50, order_by: 'users.created_at', order: 'desc' },
				});
	return {
		results: (found as unknown as Contact[]).map((contact) => ({
			name: `${[contact.first_name, contact.last_name].filter(Boolean).join(' ')} <${contact.email}>`.trim(),
			value: String(contact.id),
		})),
	};
}

export {
	searchAgents,
	searchAllInboxes,
	searchAutomationRules,
	searchBusinessHours,
	searchCustomAttributes,
	searchMacros,
	searchSlaPolicies,
	searchStatuses,
	searchTags,
	searchTeams,
} from './adminDropdowns';
