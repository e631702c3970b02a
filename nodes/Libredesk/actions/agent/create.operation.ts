import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { claimUnique } from '../../helpers/runClaims';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import { fieldCollection } from '../shared/descriptions';
import {
	AGENT,
	readAgentEmail,
	readFirstName,
	readRoles,
	readTeams,
	rolesField,
	teamsField,
} from './record';

export const description: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'e.g. jane@example.com',
		default: '',
		required: true,
		description: 'The address the agent signs in with; no other agent may have it',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		required: true,
	},
	{ ...rolesField, required: true },
	fieldCollection('additionalFields', 'Additional Fields', 'Add Field', [
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		{
			displayName: 'Send Welcome Email',
			name: 'sendWelcomeEmail',
			type: 'boolean',
			default: false,
			description:
				'Whether Libredesk emails the agent a link to set a password (needs working outgoing email in Libredesk)',
		},
		teamsField,
	]),
];

interface CreateRequest extends IDataObject {
	email: string;
	first_name: string;
	last_name: string;
	roles: string[];
	teams: string[];
	send_welcome_email: boolean;
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<CreateRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const extra = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: CreateRequest = {
		email: await readAgentEmail.call(
			this,
			check,
			itemIndex,
			this.getNodeParameter('email', itemIndex, ''),
		),
		first_name: readFirstName(check, this.getNodeParameter('firstName', itemIndex, '')),
		last_name: check.optionalText('Last Name', extra.lastName, 140),
		roles: await readRoles.call(this, check, itemIndex, this.getNodeParameter('roles', itemIndex)),
		teams: await readTeams.call(this, check, itemIndex, extra.teams),
		send_welcome_email: extra.sendWelcomeEmail === true,
	};
	claimUnique.call(this, check, itemIndex, {
		noun: 'agent',
		what: 'email',
		field: 'Email',
		value: body.email,
	});
	return body;
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	body: CreateRequest,
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: AGENT.endpoint,
		body,
		itemIndex,
		permission: AGENT.permission,
		creates: `The agent ${body.email} may have been created: look for it with Agent → Get Many (Include Disabled on)`,
		hints: {
			500: `Libredesk refused the agent, perhaps after creating it: look for ${body.email} with Agent → Get Many before running the item again. Another agent may have taken the email meanwhile.`,
		},
	})) as IDataObject;
}
