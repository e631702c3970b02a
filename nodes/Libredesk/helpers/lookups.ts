/**
 * Libredesk matches statuses, priorities and tags by name and misbehaves on unknown names (a 500
 * for a status, a silently cleared priority, silently ignored tags), so names are checked
 * against its lists before anything is changed.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { libredeskApiRequest } from '../transport';
import type { InputChecker } from './validation';

type NamedList = '/statuses' | '/priorities' | '/tags';

export async function namedRecords(this: IExecuteFunctions, list: NamedList, itemIndex: number): Promise<Array<{ id: number; name: string }>> {
	return ((await libredeskApiRequest.call(this, { method: 'GET', endpoint: list, itemIndex })) ?? []) as Array<{ id: number; name: string }>;
}

/** The names that do not exist in Libredesk's list, compared as Libredesk does (exactly). */
export async function unknownNames(this: IExecuteFunctions, list: NamedList, names: string[], itemIndex: number): Promise<{ unknown: string[]; known: string[] }> {
	const existing = new Set((await namedRecords.call(this, list, itemIndex)).map((record) => record.name));
	return { unknown: names.filter((name) => !existing.has(name)), known: [...existing] };
}

/** Fails unless `name` is in Libredesk's list; returns the record (e.g. for its ID). */
export async function requireName(
	this: IExecuteFunctions,
	check: InputChecker,
	field: string,
	list: NamedList,
	name: string,
	itemIndex: number,
): Promise<{ id: number; name: string }> {
	const records = await namedRecords.call(this, list, itemIndex);
	const found = records.find((record) => record.name === name);
	if (!found) {
		throw check.fail(field, `is "${name}", which Libredesk does not have`, `Use one of: ${records.map((record) => record.name).join(', ')}.`);
	}
	return found;
}
