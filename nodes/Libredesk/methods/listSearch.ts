import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { libredeskApiRequest } from '../transport';

interface Inbox {
	id: number;
	name: string;
	channel: string;
	enabled: boolean;
	from?: string;
}

function matches(filter: string | undefined, ...values: Array<string | number | undefined>): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return values.some((value) => value !== undefined && String(value).toLowerCase().includes(needle));
}

/** Only enabled email inboxes can take new conversations, so only those are offered. */
export async function searchInboxes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const inboxes = (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: '/inboxes',
	})) as Inbox[] | null;
	return {
		results: (inboxes ?? [])
			.filter((inbox) => inbox.channel === 'email' && inbox.enabled)
			.filter((inbox) => matches(filter, inbox.name, inbox.from, inbox.id))
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((inbox) => ({
				name: inbox.from ? `${inbox.name} (${inbox.from})` : inbox.name,
				value: String(inbox.id),
			})),
	};
}
