/**
 * Agents (cmd/users.go): reading one or changing them needs users:manage. Libredesk matches roles
 * and teams by name and drops unknown names silently: a create whose roles are all unknown leaves
 * an agent without a role behind and fails with a 500. So names, and the email, are checked first.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { namedRecords, unknownNames } from '../../helpers/knownNames';
import type { NamedRecord } from '../../transport';
import type { InputChecker } from '../../helpers/validation';
import type { AdminRecord } from '../shared/adminRecord';

export const AGENT: AdminRecord = {
	field: 'agent',
	label: 'Agent',
	searchMethod: 'searchAgents',
	endpoint: '/agents',
	permission: 'users:manage',
	// Delete of an agent deleted already answers success: IDs are checked against the live agents.
	checkedIn: '/agents/compact',
};

export const rolesField: INodeProperties = {
	displayName: 'Role Names or IDs',
	name: 'roles',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getRoleNames' },
	default: [],
	description:
		'The roles that give the agent its permissions, e.g. Agent or Admin. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const teamsField: INodeProperties = {
	displayName: 'Team Names or IDs',
	name: 'teams',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getTeamNames' },
	default: [],
	description:
		'The teams the agent belongs to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const enabledField: INodeProperties = {
	displayName: 'Enabled',
	name: 'enabled',
	type: 'boolean',
	default: true,
	description: 'Whether the agent can sign in and use API keys',
};

/** Names given as a list or comma-separated text, each of which must exist in Libredesk's list. */
async function knownNames(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	field: string,
	list: '/roles' | '/teams/compact',
	value: unknown,
): Promise<string[]> {
	const names = check.nameList(field, value);
	const { unknown, known } = await unknownNames.call(this, list, names, itemIndex);
	if (unknown.length)
		throw check.fail(
			field,
			`contains ${unknown.map((name) => `"${name}"`).join(', ')}, which Libredesk does not have`,
			`Libredesk would drop unknown names silently. Use names from: ${known.join(', ') || 'none defined'}.`,
		);
	return names;
}

export async function readRoles(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	value: unknown,
): Promise<string[]> {
	const roles = await knownNames.call(this, check, itemIndex, 'Role Names or IDs', '/roles', value);
	if (!roles.length)
		throw check.fail(
			'Role Names or IDs',
			'is empty',
			'Give the agent at least one role, e.g. Agent; without one Libredesk fails after creating it.',
		);
	return roles;
}

export async function readTeams(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	value: unknown,
): Promise<string[]> {
	return await knownNames.call(
		this,
		check,
		itemIndex,
		'Team Names or IDs',
		'/teams/compact',
		value,
	);
}

/** The email, which no other agent may have (Libredesk answers that with a 500). */
export async function readAgentEmail(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	value: unknown,
	exceptId?: number,
): Promise<string> {
	const email = check.email('Email', value);
	const agents = (await namedRecords.call(this, '/agents/compact', itemIndex)) as Array<
		NamedRecord & { email?: string; type?: string }
	>;
	const owner = agents.find(
		(agent) => agent.type === 'agent' && agent.email === email && agent.id !== exceptId,
	);
	if (owner)
		throw check.fail(
			'Email',
			`is ${email}, which agent ${owner.id} already has`,
			'Each agent needs their own email address.',
		);
	return email;
}

export function readFirstName(check: InputChecker, value: unknown): string {
	return check.requiredText('First Name', value, "Enter the agent's first name.", 140);
}
