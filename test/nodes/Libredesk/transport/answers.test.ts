/**
 * The shape check of every answer the node reads (answers.ts). First the check itself, then a walk
 * over every read operation through n8n-core against a server that answers each GET with a shape
 * Libredesk never sends: each must fail with the node's "not a Libredesk answer" error naming the
 * route, never with a TypeError, and never output a shorter list as if nothing were wrong.
 */
import type { INode, INodeParameters } from 'n8n-workflow';

import {
	answerList,
	answerPage,
	answerRecord,
	answerTexts,
} from '../../../../nodes/Libredesk/transport/answers';
import type { LibredeskRequest } from '../../../../nodes/Libredesk/transport/types';
import { envelope, useHostile } from '../../../helpers/hostile';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import { byId, byUuid } from '../../../helpers/resourceRig';

const node = { name: 'Libredesk' } as INode;
const request: LibredeskRequest = { method: 'GET', endpoint: '/tags', itemIndex: 0 };
const NOT_LIBREDESK =
	/answered GET \/api\/v1\/tags with something other than a Libredesk API response/;

describe('answerList', () => {
	it('takes a list of records, and null (Go’s empty slice) as none', () => {
		expect(answerList(node, request, [{ id: 1 }])).toEqual([{ id: 1 }]);
		expect(answerList(node, request, null)).toEqual([]);
	});

	it.each([
		['a page object', { results: [], total: 0 }, /the answer is an object, not a list/],
		['text', 'ok', /the answer is text, not a list/],
		['a number', 3, /the answer is a number, not a list/],
		['a null entry', [{ id: 1 }, null], /entry 2 of the answer is null, not a record/],
		['a text entry', ['x'], /entry 1 of the answer is text, not a record/],
		['a list entry', [[]], /entry 1 of the answer is a list, not a record/],
	])('refuses %s, naming the route', (_case, value, what) => {
		expect(() => answerList(node, request, value)).toThrow(NOT_LIBREDESK);
		expect(() => answerList(node, request, value)).toThrow(what);
	});
});

describe('answerTexts', () => {
	it('takes a list of texts and refuses anything else', () => {
		expect(answerTexts(node, request, ['Admin'], 'the roles')).toEqual(['Admin']);
		expect(answerTexts(node, request, null, 'the roles')).toEqual([]);
		expect(() => answerTexts(node, request, 'Admin', 'the roles')).toThrow(
			/the roles is text, not a list/,
		);
		expect(() => answerTexts(node, request, ['Admin', null], 'the roles')).toThrow(
			/entry 2 of the roles is null, not text/,
		);
	});
});

describe('answerRecord', () => {
	it('takes an object and refuses null, a list or text', () => {
		expect(answerRecord(node, request, { id: 1 })).toEqual({ id: 1 });
		for (const value of [null, undefined, [], 'x', true])
			expect(() => answerRecord(node, request, value)).toThrow(NOT_LIBREDESK);
	});

	it('a write is told it may have happened', () => {
		const write: LibredeskRequest = { method: 'PUT', endpoint: '/tags/1' };
		expect(() => answerRecord(node, write, null)).toThrow(
			expect.objectContaining({ description: expect.stringMatching(/may have made the change/) }),
		);
	});
});

describe('answerPage', () => {
	it("gives a page's rows, and refuses a list where the page belongs or results that are not records", () => {
		expect(answerPage(node, request, { results: null, total: 0 }).rows).toEqual([]);
		expect(() => answerPage(node, request, [])).toThrow(/the page is a list, not a record/);
		expect(() => answerPage(node, request, { results: [null] })).toThrow(
			/entry 1 of the page's results is null, not a record/,
		);
	});
});

const UUID = '0f6a2c1e-4b5d-4e6f-8a9b-0c1d2e3f4a5b';
const conversation = { conversationId: byUuid(UUID) };
const contact = { contactId: { __rl: true, mode: 'id', value: '5' } };

/** Every read operation: its parameters and what Libredesk answers it with (list, page or record). */
const READS: Array<[string, 'list' | 'page' | 'record', INodeParameters]> = [
	['agent getAll', 'list', { resource: 'agent', operation: 'getAll', returnAll: true }],
	['agent get', 'record', { resource: 'agent', operation: 'get', agent: byId(3) }],
	['tag getAll', 'list', { resource: 'tag', operation: 'getAll', returnAll: true }],
	['team getAll', 'list', { resource: 'team', operation: 'getAll', returnAll: true }],
	['team get', 'record', { resource: 'team', operation: 'get', team: byId(2) }],
	['macro getAll', 'list', { resource: 'macro', operation: 'getAll', returnAll: true }],
	['macro get', 'record', { resource: 'macro', operation: 'get', macro: byId(2) }],
	['inbox getAll', 'list', { resource: 'inbox', operation: 'getAll', returnAll: true }],
	[
		'customAttribute getAll',
		'list',
		{ resource: 'customAttribute', operation: 'getAll', returnAll: true },
	],
	['view getAll (all)', 'list', { resource: 'view', operation: 'getAll', returnAll: true }],
	[
		'view getAll (shared)',
		'list',
		{ resource: 'view', operation: 'getAll', scope: 'shared', returnAll: true },
	],
	[
		'view getConversations',
		'page',
		{ resource: 'view', operation: 'getConversations', viewId: 4, returnAll: true },
	],
	['contact getAll', 'page', { resource: 'contact', operation: 'getAll', returnAll: true }],
	['contact get', 'record', { resource: 'contact', operation: 'get', ...contact }],
	['contact getNotes', 'list', { resource: 'contact', operation: 'getNotes', ...contact }],
	['contact search', 'list', { resource: 'contact', operation: 'search', query: 'ann' }],
	[
		'conversation getAll',
		'page',
		{ resource: 'conversation', operation: 'getAll', returnAll: true },
	],
	['conversation get', 'record', { resource: 'conversation', operation: 'get', ...conversation }],
	['conversation search', 'list', { resource: 'conversation', operation: 'search', query: '123' }],
	[
		'conversation getParticipants',
		'list',
		{ resource: 'conversation', operation: 'getParticipants', ...conversation },
	],
	[
		'message getAll',
		'page',
		{ resource: 'message', operation: 'getAll', ...conversation, returnAll: true },
	],
	[
		'message get',
		'record',
		{ resource: 'message', operation: 'get', ...conversation, messageId: UUID },
	],
	['message search', 'list', { resource: 'message', operation: 'search', query: 'refund' }],
	['report getCounts', 'record', { resource: 'report', operation: 'getCounts' }],
	['report getCsat', 'record', { resource: 'report', operation: 'getCsat', days: 7 }],
	[
		'report getConversationTrend',
		'record',
		{ resource: 'report', operation: 'getConversationTrend', days: 7 },
	],
];

/** Answers Libredesk never sends, for each kind of read. */
const WRONG: Record<'list' | 'page' | 'record', Array<[string, unknown]>> = {
	list: [
		['a page object', { results: [{ id: 1 }], total: 1 }],
		['text', 'ok'],
		['a null entry', [null]],
	],
	page: [
		['a list', [{ id: 1 }]],
		['null', null],
		['a null row', { results: [null], total: 1, total_pages: 1, page: 1, per_page: 500 }],
		['text results', { results: 'none', total: 0 }],
	],
	record: [
		['null', null],
		['a list', [{ id: 1 }]],
		['text', 'ok'],
	],
};

const CASES = READS.flatMap(([name, kind, parameters]) =>
	WRONG[kind].map(([wrong, data]) => [name, wrong, parameters, data] as const),
);

describe('every read operation against answers Libredesk never sends', () => {
	const hostile = useHostile();

	it.each(CASES)(
		'%s answered with %s fails with the node’s error',
		async (_name, _w, parameters, data) => {
			hostile.server.handle((_request, response) => {
				response.writeHead(200, { 'Content-Type': 'application/json' });
				response.end(envelope(data));
			});
			const error = (await runNode(libredeskNode(parameters), [{ json: {} }], {
				baseUrl: hostile.server.url,
				apiKey: 'k',
				apiSecret: 's',
				allowUnauthorizedCerts: false,
			}).catch((caught: unknown) => caught)) as Error;
			expect(error).toBeInstanceOf(Error);
			expect(error.message).toMatch(
				/answered GET \/api\/v1\/\S+ with something other than a Libredesk API response/,
			);
			expect(error.message).not.toMatch(/is not a function|Cannot read|iterable|undefined/);
		},
	);
});
