/**
 * Teams (cmd/teams.go): reading one or changing them needs teams:manage; the compact list any key
 * may read. Libredesk checks almost nothing itself (an empty name is stored; a bad assignment type,
 * a taken name or unknown business hours are a 500), so the node checks the fields first.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireFreeName } from '../../helpers/knownNames';
import type { InputChecker } from '../../helpers/validation';
import type { AdminRecord } from '../shared/adminRecord';

export const TEAM: AdminRecord = {
	field: 'team',
	label: 'Team',
	searchMethod: 'searchTeams',
	endpoint: '/teams',
	permission: 'teams:manage',
	// Delete of a missing team answers success: the ID is checked against the compact list.
	checkedIn: '/teams/compact',
};

/** The fields of Libredesk's team, as Create and Update send them. */
export interface TeamBody extends IDataObject {
	name?: string;
	conversation_assignment_type?: string;
	emoji?: string;
	timezone?: string;
	max_auto_assigned_conversations?: number;
	business_hours_id?: number | null;
	sla_policy_id?: number | null;
}

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Billing',
	description: 'Unique in Libredesk, at most 140 characters',
};

export const assignmentTypeField: INodeProperties = {
	displayName: 'Conversation Assignment Type',
	name: 'conversationAssignmentType',
	type: 'options',
	default: 'Manual',
	options: [
		{
			name: 'Manual',
			value: 'Manual',
			description: 'Agents pick conversations of the team themselves',
		},
		{
			name: 'Round Robin',
			value: 'Round robin',
			description: "Libredesk shares new conversations among the team's online agents",
		},
	],
};

/** The optional team fields (Create's Additional Fields; Update offers them with Name and type). */
export const optionalTeamFields: INodeProperties[] = [
	{
		displayName: 'Business Hours ID',
		name: 'businessHoursId',
		type: 'number',
		default: 0,
		description: 'The ID of business hours defined under Admin → Business Hours; 0 for none',
	},
	{
		displayName: 'Emoji',
		name: 'emoji',
		type: 'string',
		default: '',
		placeholder: 'e.g. 💳',
	},
	{
		displayName: 'Max Auto-Assigned Conversations',
		name: 'maxAutoAssignedConversations',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'With Round Robin, how many open conversations an agent of the team gets at most; 0 for no limit',
	},
	{
		displayName: 'SLA Policy ID',
		name: 'slaPolicyId',
		type: 'number',
		default: 0,
		description: 'The ID of an SLA policy defined under Admin → SLA; 0 for none',
	},
	{
		displayName: 'Timezone',
		name: 'timezone',
		type: 'string',
		default: '',
		placeholder: 'e.g. Europe/Berlin',
		description: 'The IANA timezone of the business hours',
	},
];

function optionalId(check: InputChecker, field: string, value: unknown): number | null {
	if (value === 0 || value === '0' || value === '' || value === null) return null;
	return check.positiveInteger(field, value, `Enter the numeric ID, or 0 for none.`);
}

/**
 * The team fields given, checked and in Libredesk's names. `exceptId` is the team being updated,
 * whose own name is no conflict.
 */
export async function readTeamFields(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	values: IDataObject,
	exceptId?: number,
): Promise<TeamBody> {
	const body: TeamBody = {};
	if (values.name !== undefined) {
		const name = check.requiredText('Name', values.name, 'Enter the name of the team.', 140);
		await requireFreeName.call(this, check, '/teams/compact', name, itemIndex, exceptId);
		body.name = name;
	}
	if (values.conversationAssignmentType !== undefined) {
		if (!['Manual', 'Round robin'].includes(values.conversationAssignmentType as string))
			throw check.fail(
				'Conversation Assignment Type',
				`is "${String(values.conversationAssignmentType)}"`,
				'Use "Manual" or "Round robin".',
			);
		body.conversation_assignment_type = values.conversationAssignmentType as string;
	}
	if (values.emoji !== undefined) body.emoji = check.optionalText('Emoji', values.emoji, 50);
	if (values.timezone !== undefined) body.timezone = timezone(check, values.timezone);
	if (values.maxAutoAssignedConversations !== undefined) {
		const max = values.maxAutoAssignedConversations;
		if (!(typeof max === 'number' && Number.isSafeInteger(max) && max >= 0))
			throw check.fail(
				'Max Auto-Assigned Conversations',
				`is ${JSON.stringify(max)}`,
				'Enter a whole number, 0 for no limit.',
			);
		body.max_auto_assigned_conversations = max;
	}
	if (values.businessHoursId !== undefined)
		body.business_hours_id = optionalId(check, 'Business Hours ID', values.businessHoursId);
	if (values.slaPolicyId !== undefined)
		body.sla_policy_id = optionalId(check, 'SLA Policy ID', values.slaPolicyId);
	return body;
}

/** An IANA zone Node knows, or empty; Libredesk would store any text. */
function timezone(check: InputChecker, value: unknown): string {
	const zone = check.optionalText('Timezone', value, 140);
	if (zone === '') return zone;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
	} catch {
		throw check.fail(
			'Timezone',
			`is "${zone}", which is not a timezone`,
			'Use an IANA timezone name such as Europe/Berlin or UTC.',
		);
	}
	return zone;
}

/** What Libredesk answers a team write with 500 for, as the hint of that error. */
export const TEAM_WRITE_HINTS = {
	500: 'Libredesk refused the team: the business hours or SLA policy ID may not exist (Admin → Business Hours, Admin → SLA), or another team took the name meanwhile.',
};
