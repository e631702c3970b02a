/**
 * Libredesk pages with LIMIT/OFFSET over columns that move while messages arrive (conversations by
 * last_message_at, messages newest first), so a row can come on two pages, or on none. Rows are
 * kept once, by their key; when a read over several pages ends with fewer distinct rows than
 * Libredesk counted, the list is read again and the rows missed before are added.
 */
import type { IDataObject } from 'n8n-workflow';

import { libredeskApiRequestAllItems } from './pagination';
import type { LibredeskContext } from './request';
import type { LibredeskRequest } from './types';

/** Enough for rows that keep moving; each extra pass costs as many requests as the first. */
const MAX_PASSES = 3;

export async function readDistinctRows(
	this: LibredeskContext,
	request: LibredeskRequest,
	limit: number | undefined,
	key = 'uuid',
): Promise<IDataObject[]> {
	const rows = new Map<unknown, IDataObject>();
	for (let pass = 1; pass <= MAX_PASSES; pass++) {
		let pages = 0;
		let total = 0;
		const read = await libredeskApiRequestAllItems.call(this, request, limit, (page) => {
			pages++;
			if (page?.results?.length) total = Math.max(total, page.total ?? 0);
		});
		for (const row of read) if (!rows.has(row[key])) rows.set(row[key], row);
		// One page cannot shift under itself; a limit asks for the first rows only.
		if (pages <= 1 || limit !== undefined || rows.size >= total) break;
	}
	const distinct = [...rows.values()];
	return limit === undefined ? distinct : distinct.slice(0, limit);
}
