import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { answerPage } from './answers';
import { libredeskApiRequest } from './request';
import type { LibredeskContext } from './request';
import { API_PREFIX } from './types';
import type { LibredeskRequest } from './types';

/** Libredesk's paged lists (`envelope.PageResults`). */
export interface PageResults {
	results: IDataObject[] | null;
	total: number;
	per_page: number;
	total_pages: number;
	page: number;
}

/** The server's page-size cap: the fewest requests for "Return All". */
export const MAX_PAGE_SIZE = 500;

/** How many rows to ask for per page: all of `limit` in one page when it fits. */
export function pageSizeFor(limit: number | undefined): number {
	return limit === undefined ? MAX_PAGE_SIZE : Math.min(Math.max(1, limit), MAX_PAGE_SIZE);
}

/** Return All stops here even if the server says there is more (500,000 rows at 500 a page). */
export const MAX_PAGES = 1000;

/** A row's identity, to never output the same record twice when a server repeats pages. */
function rowKey(row: IDataObject): string {
	const id = row.uuid ?? row.id;
	return typeof id === 'string' || typeof id === 'number'
		? `${typeof id}:${id}`
		: JSON.stringify(row);
}

/** `total_pages` when it is a usable page count, else undefined (then short pages end the list). */
function pageCount(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Reads pages of a `page`/`page_size` list until `limit` rows (all when undefined) are read or
 * the list ends. The server is not trusted to end it: a page that is empty or brings no new
 * record, a page shorter than asked when `total_pages` is unusable, or MAX_PAGES pages end it too,
 * and a record that comes again is left out. `onPage` sees each page's envelope (e.g. its `total`).
 */
export async function libredeskApiRequestAllItems(
	this: LibredeskContext,
	request: LibredeskRequest,
	limit?: number,
	onPage?: (page: PageResults) => void,
): Promise<IDataObject[]> {
	const pageSize = pageSizeFor(limit);
	const rows: IDataObject[] = [];
	const seen = new Set<string>();
	for (let page = 1; page <= MAX_PAGES; page++) {
		const data = await libredeskApiRequest.call(this, {
			...request,
			qs: { ...request.qs, page, page_size: pageSize },
		});
		const { page: envelope, rows: results } = answerPage(this.getNode(), request, data);
		onPage?.(envelope as unknown as PageResults);
		let fresh = 0;
		for (const row of results) {
			const key = rowKey(row);
			if (seen.has(key)) continue;
			seen.add(key);
			rows.push(row);
			fresh++;
		}
		if (limit !== undefined && rows.length >= limit) return rows.slice(0, limit);
		const totalPages = pageCount(envelope.total_pages);
		const last = totalPages === undefined ? results.length < pageSize : page >= totalPages;
		if (fresh === 0 || last) return rows;
	}
	throw new NodeOperationError(
		this.getNode(),
		`Return All stopped after ${MAX_PAGES} pages (${rows.length} records) of GET ${API_PREFIX}${request.endpoint}`,
		{
			itemIndex: request.itemIndex,
			description:
				'Libredesk kept saying there are more pages. Turn off Return All and set a Limit, or narrow the list with filters.',
		},
	);
}
