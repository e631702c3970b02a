/* eslint-disable @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Return All against servers that lie about their pages (started by the test), through n8n-core:
 * it must end, ask for few pages, never output a record twice, and refuse malformed pages.
 */
import type { IncomingMessage } from 'node:http';

import { MAX_PAGES, pageSizeFor } from '../../../../nodes/Libredesk/transport/pagination';
import { envelope, useHostile } from '../../../helpers/hostile';
import { libredeskNode, runNode } from '../../../helpers/n8n';

const desk = useHostile();
const contacts = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: from + index,
		email: `c${from + index}@example.com`,
	}));
const pageOf = (request: IncomingMessage) =>
	Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page'));
const serve = (page: (number: number) => unknown) =>
	desk.server.handle((request, response) =>
		response
			.writeHead(200, { 'Content-Type': 'application/json' })
			.end(envelope(page(pageOf(request)))),
	);
const returnAll = () =>
	runNode(
		libredeskNode({ resource: 'contact', operation: 'getAll', returnAll: true, simplify: false }),
		[{ json: {} }],
		{
			baseUrl: desk.server.url,
			apiKey: 'k',
			apiSecret: 's',
			allowUnauthorizedCerts: false,
		},
	);

describe('Return All against a lying server', () => {
	it('reads an honest list in the fewest pages', async () => {
		serve((page) => ({
			results: page <= 2 ? contacts((page - 1) * 500 + 1, 500) : contacts(1001, 3),
			total: 1003,
			per_page: 500,
			total_pages: 3,
			page,
		}));
		const output = await returnAll();
		expect(output).toHaveLength(1003);
		expect(desk.server.requests).toHaveLength(3);
		expect(pageSizeFor(undefined)).toBe(500);
	});

	it('stops when the server repeats the same page forever (total_pages 1e9), outputting each record once', async () => {
		serve((page) => ({
			results: contacts(1, 500),
			total: 5e11,
			per_page: 500,
			total_pages: 1e9,
			page,
		}));
		const output = await returnAll();
		expect(output.map((item) => item.json.id)).toEqual(
			contacts(1, 500).map((contact) => contact.id),
		);
		expect(desk.server.requests).toHaveLength(2);
	});

	it('stops when pages overlap and never outputs a record twice', async () => {
		serve((page) => ({
			results: page === 1 ? contacts(1, 500) : page === 2 ? contacts(251, 500) : contacts(251, 500),
			total: 2000,
			per_page: 500,
			total_pages: 4,
			page,
		}));
		const output = await returnAll();
		const ids = output.map((item) => item.json.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(750);
		expect(desk.server.requests).toHaveLength(3);
	});

	it.each([
		['a string', '3'],
		['a negative number', -1],
		['a fraction', 2.5],
		['null', null],
	])('with %s as total_pages, a short page ends the list', async (_case, totalPages) => {
		serve((page) => ({
			results: page === 1 ? contacts(1, 500) : contacts(501, 20),
			total: 520,
			per_page: 500,
			total_pages: totalPages,
			page,
		}));
		const output = await returnAll();
		expect(output).toHaveLength(520);
		expect(desk.server.requests).toHaveLength(2);
	});

	it('stops on an empty page', async () => {
		serve((page) => ({
			results: page === 1 ? contacts(1, 500) : [],
			total: 99999,
			per_page: 500,
			total_pages: 50,
			page,
		}));
		expect(await returnAll()).toHaveLength(500);
		expect(desk.server.requests).toHaveLength(2);
	});

	it(`gives up with a clear error after ${MAX_PAGES} pages of new records`, async () => {
		serve((page) => ({
			results: contacts((page - 1) * 500 + 1, 500),
			total: 1e12,
			per_page: 500,
			total_pages: 1e9,
			page,
		}));
		await expect(returnAll()).rejects.toThrow(
			new RegExp(`Return All stopped after ${MAX_PAGES} pages \\(${MAX_PAGES * 500} records\\)`),
		);
		expect(desk.server.requests).toHaveLength(MAX_PAGES);
	}, 60_000);

	it.each([
		['results that are an object', { results: { id: 1 }, total_pages: 1 }],
		['results that are a string', { results: 'many', total_pages: 1 }],
		['results holding non-records', { results: [1, 2], total_pages: 1 }],
		['data that is a list', [{ id: 1 }]],
		['data that is missing', null],
	])('refuses a page with %s with a clear error', async (_case, data) => {
		serve(() => data);
		await expect(returnAll()).rejects.toThrow(
			/answered GET \/api\/v1\/contacts with something other than a Libredesk API response: (the page|entry 1 of the page's results|the page's results) is/,
		);
	});
});
