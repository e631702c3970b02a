/**
 * Libredesk's admin records (tags, teams, agents, macros, inboxes, …) at `<list path>/<id>`:
 * reading one, deleting one and switching one on or off, with the permission the caller names.
 * The hints of a read and a delete are the caller's; a switch has none of its own.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { libredeskRecord } from './answers';
import { libredeskApiRequest } from './request';

/** Where a record lives and what Libredesk wants for it. */
export interface AdminRecordPath {
	/** e.g. `/tags/7` */
	path: string;
	permission: string;
	itemIndex: number;
	hints?: Partial<Record<number, string>>;
}

/** One record (GET <path>). */
export async function readAdminRecord(
	this: IExecuteFunctions,
	record: AdminRecordPath,
): Promise<IDataObject> {
	return await libredeskRecord.call(this, {
		method: 'GET',
		endpoint: record.path,
		itemIndex: record.itemIndex,
		permission: record.permission,
		hints: record.hints ?? {},
	});
}

/** Deletes one record (DELETE <path>). */
export async function deleteAdminRecord(
	this: IExecuteFunctions,
	record: AdminRecordPath,
): Promise<void> {
	await libredeskApiRequest.call(this, {
		method: 'DELETE',
		endpoint: record.path,
		itemIndex: record.itemIndex,
		permission: record.permission,
		hints: record.hints,
	});
}

/** Switches a record on or off (PUT <path>/toggle) and returns it as it is afterwards. */
export async function toggleAdminRecord(
	this: IExecuteFunctions,
	record: AdminRecordPath,
): Promise<IDataObject> {
	return await libredeskRecord.call(this, {
		method: 'PUT',
		endpoint: `${record.path}/toggle`,
		itemIndex: record.itemIndex,
		permission: record.permission,
	});
}
