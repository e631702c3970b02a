/**
 * The shape check of every answer the node reads. Libredesk sends a record as an object and a list
 * as an array of objects (or null, Go's empty slice); a page is an object whose `results` is such a
 * list. Anything else (a page where a list belongs, text, a null entry) is refused with the node's
 * "not a Libredesk answer" error naming the route, so no operation fails with a TypeError on it or
 * outputs a silently shorter list.
 */
import type { IDataObject, INode } from 'n8n-workflow';

import { notLibredeskAnswer } from './errors';
import { libredeskApiRequest } from './request';
import type { LibredeskContext } from './request';
import type { LibredeskRequest } from './types';

export function isRecord(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** What a value is, for the error: "null", "a list", "text", "an object", … */
function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return 'text';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

/**
 * `value` as a list whose every entry passes `entry`; null and undefined are the empty list.
 * `part` names what was read, e.g. "the answer" or "the agent's teams".
 */
function listOf<T>(
	node: INode,
	request: LibredeskRequest,
	value: unknown,
	part: string,
	entry: (value: unknown) => value is T,
	entries: string,
): T[] {
	if (value === null || value === undefined) return [];
	if (!Array.isArray(value))
		throw notLibredeskAnswer(node, request, `${part} is ${kindOf(value)}, not a list`);
	const bad = value.findIndex((row) => !entry(row));
	if (bad >= 0)
		throw notLibredeskAnswer(
			node,
			request,
			`entry ${bad + 1} of ${part} is ${kindOf(value[bad])}, not ${entries}`,
		);
	return value as T[];
}

/** A list of records (null: none). */
export function answerList(
	node: INode,
	request: LibredeskRequest,
	value: unknown,
	part = 'the answer',
): IDataObject[] {
	return listOf(node, request, value, part, isRecord, 'a record');
}

/** A list of texts (null: none), e.g. an agent's role names. */
export function answerTexts(
	node: INode,
	request: LibredeskRequest,
	value: unknown,
	part: string,
): string[] {
	return listOf(node, request, value, part, isText, 'text');
}

/** One record; null, a list or text is refused. */
export function answerRecord(
	node: INode,
	request: LibredeskRequest,
	value: unknown,
	part = 'the answer',
): IDataObject {
	if (!isRecord(value))
		throw notLibredeskAnswer(node, request, `${part} is ${kindOf(value)}, not a record`);
	return value;
}

/** A page (`{results, total, …}`) and its rows. */
export function answerPage(
	node: INode,
	request: LibredeskRequest,
	value: unknown,
): { page: IDataObject; rows: IDataObject[] } {
	const page = answerRecord(node, request, value, 'the page');
	return { page, rows: answerList(node, request, page.results, "the page's results") };
}

/** GET (or any request) whose answer must be a list of records. */
export async function libredeskList(
	this: LibredeskContext,
	request: LibredeskRequest,
): Promise<IDataObject[]> {
	return answerList(this.getNode(), request, await libredeskApiRequest.call(this, request));
}

/** A request whose answer must be one record. */
export async function libredeskRecord(
	this: LibredeskContext,
	request: LibredeskRequest,
): Promise<IDataObject> {
	return answerRecord(this.getNode(), request, await libredeskApiRequest.call(this, request));
}

/** One page of a paged list, read as its rows (e.g. the first 50 for a picker). */
export async function libredeskPageRows(
	this: LibredeskContext,
	request: LibredeskRequest,
): Promise<IDataObject[]> {
	return answerPage(this.getNode(), request, await libredeskApiRequest.call(this, request)).rows;
}
