/** Answers the simulator gives in place of its own, for list shapes its seed data never has. */
import type { Simulator } from '../../../../simulator/server';
import type { Json } from '../../../../simulator/state';

/** The next GET of `path` (under /api/v1) answers `data` in Libredesk's success envelope. */
export function answerNextGet(sim: Simulator, path: string, data: Json): void {
	sim.injectFault({
		kind: 'status',
		status: 200,
		match: new RegExp(`^GET /api/v1${path}$`),
		body: { status: 'success', data },
	});
}

/** Libredesk answers `null` for an empty list (a Go nil slice), also inside a page. */
export const emptyPage = { results: null, total: 0, per_page: 50, total_pages: 0, page: 1 };
