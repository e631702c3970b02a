import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { claimUnique } from '../../helpers/runClaims';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
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
	{ ...nameField, required: true },
	assignmentTypeField,
	fieldCollection('additionalFields', 'Additional Fields', 'Add Field', optionalTeamFields),
];

/** What Libredesk stores for a field the request leaves out (Go's zero values). */
const EMPTY_TEAM: TeamBody = {
	emoji: '',
	timezone: '',
	max_auto_assigned_conversations: 0,
	business_hours_id: null,
	sla_policy_id: null,
};

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<TeamBody> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const given = await readTeamFields.call(this, check, itemIndex, {
		name: this.getNodeParameter('name', itemIndex, ''),
		conversationAssignmentType: this.getNodeParameter('conversationAssignmentType', itemIndex),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	});
	claimUnique.call(this, check, itemIndex, {
		noun: 'team',
		what: 'name',
		field: 'Name',
		value: String(given.name),
	});
	return { ...EMPTY_TEAM, ...given };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	body: TeamBody,
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: TEAM.endpoint,
		body,
		itemIndex,
		permission: TEAM.permission,
		creates: `The team "${body.name}" may have been created: look for it with Team → Get Many`,
		hints: TEAM_WRITE_HINTS,
	})) as IDataObject;
}
