/**
 * Enable and Disable for records Libredesk switches with a toggle route (`PUT <endpoint>/<id>/toggle`
 * flips `enabled`, whatever it was). The node sets the state asked for instead: it reads the record
 * first and toggles only when the state differs, so running a flow twice never switches it back.
 * The record is read while the item is prepared too, so that a missing one stops the run before
 * any item is switched.
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toggleAdminRecord } from '../../transport';
import type { LibredeskOperation } from '../operationTypes';
import { getRecordOperation, readRecord, recordLocator, recordUrl } from './adminRecord';
import type { AdminRecord } from './adminRecord';

export interface SwitchableRecord extends AdminRecord {
	/** Libredesk's answer for a missing record on GET <endpoint>/<id>, as a hint. */
	missingHints: Partial<Record<number, string>>;
	/** What the record becomes in the output (e.g. without its secrets). */
	output?: (record: IDataObject) => IDataObject;
}

/**
 * Sets `enabled` to `enabled`. The output is the record as Libredesk answered, with `changed`
 * saying whether the node toggled it (false: it already was as asked).
 */
export function setEnabledOperation(
	record: SwitchableRecord,
	enabled: boolean,
	description: string,
): LibredeskOperation<number> {
	const { prepare: readId } = getRecordOperation(record);
	const output = record.output ?? ((answer: IDataObject) => answer);
	return {
		description: [recordLocator(record, description)],
		/** Reads the record (a change-free look-up): a missing ID stops the run before any toggle. */
		async prepare(this: IExecuteFunctions, itemIndex: number) {
			const id = await readId.call(this, itemIndex);
			await readRecord.call(this, record, id, itemIndex, record.missingHints);
			return id;
		},
		async send(this: IExecuteFunctions, itemIndex: number, id: number) {
			const current = await readRecord.call(this, record, id, itemIndex, record.missingHints);
			if (current.enabled === enabled) return { ...output(current), changed: false };
			const toggled = await toggleAdminRecord.call(this, {
				path: recordUrl(record, id),
				permission: record.permission,
				itemIndex,
			});
			if (toggled.enabled !== enabled) {
				const noun = record.label.toLowerCase();
				throw new NodeOperationError(
					this.getNode(),
					`The ${noun} ${id} is ${enabled ? 'disabled' : 'enabled'} after the node switched it: someone else switched it at the same time`,
					{
						itemIndex,
						description: `Check the ${noun} in Libredesk, then run the node again to set it.`,
					},
				);
			}
			return { ...output(toggled), changed: true };
		},
	};
}
