/**
 * Libredesk's admin records (tags, teams, agents, macros) are addressed by a numeric ID. One
 * description of each kind gives its picker field, and the factories below build the operations
 * whose shape repeats across kinds: Get and Delete of one record (their requests are transport's
 * adminRecords.ts).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireId } from '../../helpers/knownNames';
import type { IdList } from '../../helpers/knownNames';
import { InputChecker } from '../../helpers/validation';
import { deleteAdminRecord, readAdminRecord } from '../../transport';
import type { LibredeskOperation } from '../operationTypes';
import { idLocator } from './descriptions';

export interface AdminRecord {
	/** The node parameter of the picker, e.g. `tag`. */
	field: string;
	/** As the user reads it, e.g. "Tag". */
	label: string;
	/** The listSearch method that fills "From List". */
	searchMethod: string;
	/** Path below /api/v1, e.g. `/tags`; one record is `<endpoint>/<id>`. */
	endpoint: string;
	/** The permission Libredesk wants for changing (and, except tags, reading one of) them. */
	permission: string;
	/**
	 * Where Libredesk answers a missing ID with success or a 500 instead of an error that says so,
	 * the list the ID is checked against before anything is sent.
	 */
	checkedIn?: IdList;
}

export function recordLocator(record: AdminRecord, description: string): INodeProperties {
	const noun = record.label.toLowerCase();
	return idLocator({
		displayName: record.label,
		name: record.field,
		description,
		searchListMethod: record.searchMethod,
		searchPlaceholder: `Select a ${noun}…`,
		idPlaceholder: 'e.g. 7',
		idError: `A ${noun} ID is a positive whole number`,
	});
}

/** The record's ID from its picker; with `checkedIn`, also that Libredesk has it (a read, no change). */
export async function readRecordId(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	record: AdminRecord,
): Promise<number> {
	const id = check.positiveInteger(
		record.label,
		this.getNodeParameter(record.field, itemIndex, '', { extractValue: true }),
		`Pick the ${record.label.toLowerCase()} from the list, or map its numeric \`id\`.`,
	);
	if (record.checkedIn)
		await requireId.call(this, check, record.label, record.checkedIn, id, itemIndex);
	return id;
}

export function recordUrl(record: AdminRecord, id: number): string {
	return `${record.endpoint}/${id}`;
}

/** One record (GET <endpoint>/<id>), e.g. to keep its fields in a full-replace update. */
export async function readRecord(
	this: IExecuteFunctions,
	record: AdminRecord,
	id: number,
	itemIndex: number,
	hints: Partial<Record<number, string>> = {},
): Promise<IDataObject> {
	return await readAdminRecord.call(this, {
		path: recordUrl(record, id),
		permission: record.permission,
		itemIndex,
		hints,
	});
}

/** Get one record by ID. */
export function getRecordOperation(
	record: AdminRecord,
	hints: Partial<Record<number, string>> = {},
): LibredeskOperation<number> {
	return {
		description: [recordLocator(record, `The ${record.label.toLowerCase()} to get`)],
		async prepare(this: IExecuteFunctions, itemIndex: number) {
			return await readRecordId.call(this, new InputChecker(this.getNode(), itemIndex), itemIndex, {
				...record,
				checkedIn: undefined,
			});
		},
		async send(this: IExecuteFunctions, itemIndex: number, id: number) {
			return await readRecord.call(this, record, id, itemIndex, hints);
		},
	};
}

/** Delete one record by ID; outputs `{deleted: true, id}` as the node's other deletes do. */
export function deleteRecordOperation(
	record: AdminRecord,
	notes: { description: string; hints?: Partial<Record<number, string>> },
): LibredeskOperation<number> {
	return {
		description: [recordLocator(record, notes.description)],
		async prepare(this: IExecuteFunctions, itemIndex: number) {
			return await readRecordId.call(
				this,
				new InputChecker(this.getNode(), itemIndex),
				itemIndex,
				record,
			);
		},
		async send(this: IExecuteFunctions, itemIndex: number, id: number) {
			await deleteAdminRecord.call(this, {
				path: recordUrl(record, id),
				permission: record.permission,
				itemIndex,
				hints: notes.hints,
			});
			return { deleted: true, id };
		},
	};
}
