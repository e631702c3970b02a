/**
 * Libredesk's team update replaces every field (a field left out is emptied), so the node reads
 * the team first and sends its current values for every field the user did not change.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { claimUnique } from '../../helpers/runClaims';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import { readRecord, readRecordId, recordLocator, recordUrl } from '../shared/adminRecord';
import { fieldCollection } from '../shared/descriptions';
import {
	assignmentTypeField,
	nameField,
	optionalTeamFields,
	readTeamFields,
	TEAM,
	TEAM_WRITE_HINTS,
} from './record';
import type { TeamBody } from './record';

export const description: INodeProperties[] = [
	recordLocator(TEAM, 'The team to change'),
	fieldCollection(
		'updateFields',
		'Update Fields',
		'Add Field',
		[assignmentTypeField, nameField, ...optionalTeamFields].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
		'Only the fields given change; the node keeps every other field as it is in Libredesk',
	),
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const id = await readRecordId.call(this, check, itemIndex, TEAM);
	const values = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (!Object.keys(values).length)
		throw check.fail('Update Fields', 'is empty', 'Add at least one field to change.');
	const changes = await readTeamFields.call(this, check, itemIndex, values, id);
	if (changes.name !== undefined)
		claimUnique.call(this, check, itemIndex, {
			noun: 'team',
			what: 'name',
			field: 'Name',
			value: changes.name,
			recordId: id,
		});
	return { id, changes };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; changes: TeamBody },
): Promise<IDataObject> {
	const current = await readRecord.call(this, TEAM, request.id, itemIndex);
	const body: TeamBody = {
		name: current.name as string,
		conversation_assignment_type: current.conversation_assignment_type as string,
		emoji: (current.emoji as string | null) ?? '',
		timezone: (current.timezone as string | null) ?? '',
		max_auto_assigned_conversations: (current.max_auto_assigned_conversations as number) ?? 0,
		business_hours_id: (current.business_hours_id as number | null) ?? null,
		sla_policy_id: (current.sla_policy_id as number | null) ?? null,
		...request.changes,
	};
	return (await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: recordUrl(TEAM, request.id),
		body,
		itemIndex,
		permission: TEAM.permission,
		hints: TEAM_WRITE_HINTS,
	})) as IDataObject;
}
