/** Libredesk replaces every field: the node reads the macro and sends the current value of each one not given. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import { readRecord, readRecordId, recordLocator, recordUrl } from '../shared/adminRecord';
import { fieldCollection } from '../shared/descriptions';
import { actionsField } from './macroActions';
import type { MacroAction } from './macroActions';
import { MACRO, macroFields, readMacroFields } from './record';
import type { MacroBody } from './record';

export const description: INodeProperties[] = [
	recordLocator(MACRO, 'The macro to change'),
	fieldCollection('updateFields', 'Update Fields', 'Add Field', [
		{ ...actionsField, description: 'Replace all actions of the macro with these' },
		...macroFields,
	]),
];

const MISSING = { 404: 'Libredesk has no macro with this ID.' };

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const id = await readRecordId.call(this, check, itemIndex, MACRO);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (Object.keys(fields).length === 0)
		throw check.fail('Update Fields', 'are empty', 'Add the fields to change.');
	// A read (no change) while preparing: the macro as it is, to keep what is not given.
	const current = await readRecord.call(this, MACRO, id, itemIndex, MISSING);
	const base: MacroBody = {
		name: String(current.name ?? ''),
		message_content: String(current.message_content ?? ''),
		visibility: String(current.visibility ?? 'all'),
		visible_when: (current.visible_when ?? []) as string[],
		actions: ((current.actions ?? []) as MacroAction[]).map(({ type, value }) => ({ type, value })),
		user_id: (current.user_id ?? null) as string | null,
		team_id: (current.team_id ?? null) as string | null,
	};
	return { id, body: await readMacroFields.call(this, check, itemIndex, base, fields) };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; body: MacroBody },
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: recordUrl(MACRO, request.id),
		body: request.body,
		itemIndex,
		permission: MACRO.permission,
		hints: { 500: 'Libredesk could not update the macro: it was deleted meanwhile.' },
	})) as IDataObject;
}
