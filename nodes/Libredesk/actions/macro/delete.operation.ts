import type { IExecuteFunctions } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { deleteRecordOperation, readRecord, readRecordId } from '../shared/adminRecord';
import { MACRO } from './record';

const MISSING = { 404: 'Libredesk has no macro with this ID.' };

const { description, send } = deleteRecordOperation(MACRO, {
	description: 'The macro to delete',
	hints: MISSING,
});

export { description, send };

/** Reads the macro while the item is prepared: a missing one stops the run before any delete. */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<number> {
	const id = await readRecordId.call(
		this,
		new InputChecker(this.getNode(), itemIndex),
		itemIndex,
		MACRO,
	);
	await readRecord.call(this, MACRO, id, itemIndex, MISSING);
	return id;
}
