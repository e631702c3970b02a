import type { IDataObject } from 'n8n-workflow';

import { libredeskApiRequest } from './index';
import type { LibredeskContext } from './index';
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

/**
 * Reads pages of a `page`/`page_size` list until `limit` rows (all when undefined) are read or
 * the last page is reached. `onPage` sees each page's envelope (e.g. its `total`).
 */
export async function libredeskApiRequestAllItems(
	this: LibredeskContext,
	request: LibredeskRequest,
	limit?: number,
	onPage?: (page: PageResults) => void,
): Promise<IDataObject[]> {
	const pageSize = pageSizeFor(limit);
	const rows: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const data = (await libredeskApiRequest.call(this, {
			...request,
			qs: { ...request.qs, page, page_size: pageSize },
		})) as PageResults;
		onPage?.(data);
		const results = data?.results ?? [];
		rows.push(...results);
		if (limit !== undefined && rows.length >= limit) return rows.slice(0, limit);
		if (results.length === 0 || page >= (data.total_pages ?? 1)) return rows;
	}
}
