import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { claimUnique } from '../../helpers/runClaims';
import { InputChecker } from '../../helpers/validation';
import { fieldCollection } from '../shared/descriptions';
import { readRecordId, recordLocator } from '../shared/adminRecord';
import {
	AGENT,
	enabledField,
	readAgentEmail,
	readFirstName,
	readRoles,
	readTeams,
	rolesField,
	teamsField,
} from './record';
import { saveAgent } from './save';
import type { AgentChanges } from './save';

export const description: INodeProperties[] = [
	recordLocator(AGENT, 'The agent to change'),
	fieldCollection(
		'updateFields',
		'Update Fields',
		'Add Field',
		[
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. jane@example.com',
				default: '',
			},
			enabledField,
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			{
				...rolesField,
				description: `Replace the agent's roles with these. ${rolesField.description}`,
			},
			{
				...teamsField,
				description: `Replace the agent's teams with these (none removes the agent from every team). ${teamsField.description}`,
			},
		],
		'Only the fields given change; the node keeps every other field as it is in Libredesk',
	),
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const id = await readRecordId.call(this, check, itemIndex, AGENT);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const changes: AgentChanges = {};
	if (fields.email !== undefined)
		changes.email = await readAgentEmail.call(this, check, itemIndex, fields.email, id);
	if (fields.firstName !== undefined) changes.first_name = readFirstName(check, fields.firstName);
	if (fields.lastName !== undefined)
		changes.last_name = check.optionalText('Last Name', fields.lastName, 140);
	if (fields.roles !== undefined)
		changes.roles = await readRoles.call(this, check, itemIndex, fields.roles);
	if (fields.teams !== undefined)
		changes.teams = await readTeams.call(this, check, itemIndex, fields.teams);
	if (fields.enabled !== undefined) changes.enabled = fields.enabled === true;
	if (!Object.keys(changes).length)
		throw check.fail('Update Fields', 'is empty', 'Add at least one field to change.');
	if (changes.email !== undefined)
		claimUnique.call(this, check, itemIndex, {
			noun: 'agent',
			what: 'email',
			field: 'Email',
			value: changes.email,
			recordId: id,
		});
	return { id, changes };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; changes: AgentChanges },
): Promise<IDataObject> {
	return await saveAgent.call(this, itemIndex, request.id, request.changes);
}
