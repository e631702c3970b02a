/**
 * Libredesk matches statuses, priorities and tags by name and misbehaves on unknown names (a 500
 * for a status, a silently cleared priority, silently ignored tags), and answers an unknown agent
 * ID with a 500. So names and IDs are checked against its lists while items are prepared, before
 * the first write: a bad value in any item stops the run before anything changes. Each list is
 * read once per execution (cached on the execution's context).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { fetchNamedList } from '../transport';
import type { NamedList, NamedRecord } from '../transport';
import { ExecutionCache } from './executionCache';
import type { InputChecker } from './validation';

const lists = new ExecutionCache<NamedList, NamedRecord[]>();

export async function namedRecords(
	this: IExecuteFunctions,
	list: NamedList,
	itemIndex: number,
): Promise<NamedRecord[]> {
	return await lists.get(this, list, () => fetchNamedList.call(this, list, itemIndex));
}

/** Drops a cached list, e.g. after the node created a tag in it. */
export function forgetList(context: IExecuteFunctions, list: NamedList): void {
	lists.forget(context, list);
}

/** The names that do not exist in Libredesk's list, compared as Libredesk does (exactly). */
export async function unknownNames(
	this: IExecuteFunctions,
	list: NamedList,
	names: string[],
	itemIndex: number,
): Promise<{ unknown: string[]; known: string[] }> {
	const existing = new Set(
		(await namedRecords.call(this, list, itemIndex)).map((record) => record.name),
	);
	return { unknown: names.filter((name) => !existing.has(name)), known: [...existing] };
}

/** Fails unless `name` (or, with `orId`, an ID) is in Libredesk's list; returns the record. */
export async function requireName(
	this: IExecuteFunctions,
	check: InputChecker,
	field: string,
	list: NamedList,
	name: string,
	itemIndex: number,
	options: { orId?: boolean } = {},
): Promise<NamedRecord> {
	const records = await namedRecords.call(this, list, itemIndex);
	const found = records.find(
		(record) => record.name === name || (options.orId === true && String(record.id) === name),
	);
	if (!found) {
		throw check.fail(
			field,
			`is "${name}", which Libredesk does not have`,
			`Use one of: ${records.map((record) => record.name).join(', ')}.`,
		);
	}
	return found;
}

/** The lists whose records are looked up by ID. */
export type IdList = '/agents/compact' | '/teams/compact' | '/tags' | '/statuses';

const ID_LIST_NOUNS: Record<IdList, string> = {
	'/agents/compact': 'agent',
	'/teams/compact': 'team',
	'/tags': 'tag',
	'/statuses': 'status',
};

/** Fails unless an agent, team, tag or status with `id` exists in Libredesk. */
export async function requireId(
	this: IExecuteFunctions,
	check: InputChecker,
	field: string,
	list: IdList,
	id: number,
	itemIndex: number,
): Promise<NamedRecord> {
	const records = await namedRecords.call(this, list, itemIndex);
	const found = records.find((record) => record.id === id);
	if (!found) {
		const what = ID_LIST_NOUNS[list];
		throw check.fail(
			field,
			`is ${id}, but Libredesk has no ${what} with this ID`,
			`Pick the ${what} from the list.`,
		);
	}
	return found;
}

/** Fails if another record of the list (not `exceptId`) already has `name`: Libredesk's names are unique. */
export async function requireFreeName(
	this: IExecuteFunctions,
	check: InputChecker,
	list: '/tags' | '/teams/compact' | '/statuses',
	name: string,
	itemIndex: number,
	exceptId?: number,
): Promise<void> {
	const taken = (await namedRecords.call(this, list, itemIndex)).find(
		(record) => record.name === name && record.id !== exceptId,
	);
	if (taken) {
		const what = ID_LIST_NOUNS[list];
		throw check.fail(
			'Name',
			`is "${name}", which ${what} ${taken.id} already has`,
			`${what[0].toUpperCase()}${what.slice(1)} names are unique in Libredesk: use another name.`,
		);
	}
}
