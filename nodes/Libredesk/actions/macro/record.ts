/**
 * Macros (cmd/macro.go): any key lists them; one by ID, or changing them, needs macros:manage.
 * Libredesk checks only a name, a `visible_when` and that each action has a value; it stores a team
 * or agent visibility without its team or agent, any action type, and unknown IDs. `user_id` and
 * `team_id` travel as strings (Go `,string`: a number is a 400). The node checks all of it first.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireId } from '../../helpers/knownNames';
import type { InputChecker } from '../../helpers/validation';
import type { AdminRecord } from '../shared/adminRecord';
import { readMacroActions } from './macroActions';
import type { MacroAction } from './macroActions';

export const MACRO: AdminRecord = {
	field: 'macro',
	label: 'Macro',
	searchMethod: 'searchMacros',
	endpoint: '/macros',
	permission: 'macros:manage',
};

/** models.Macro's writable fields, as Create and Update send them. */
export interface MacroBody extends IDataObject {
	name: string;
	message_content: string;
	visibility: string;
	visible_when: string[];
	actions: MacroAction[];
	user_id: string | null;
	team_id: string | null;
}

const VISIBLE_WHEN = ['replying', 'starting_conversation', 'adding_private_note'];

export const macroFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Escalate to Billing',
		description: 'At most 140 characters',
	},
	{
		displayName: 'Reply Text',
		name: 'messageContent',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description:
			"Text (HTML) Libredesk's UI puts into the reply box when an agent applies the macro; at most 5,000 characters",
	},
	{
		displayName: 'Visibility',
		name: 'visibility',
		type: 'options',
		default: 'all',
		options: [
			{ name: 'All Agents', value: 'all' },
			{ name: 'One Team', value: 'team' },
			{ name: 'One Agent', value: 'user' },
		],
	},
	{
		displayName: 'Team ID',
		name: 'teamId',
		type: 'number',
		default: 0,
		description: 'With One Team visibility: the team whose agents see the macro',
	},
	{
		displayName: 'Agent ID',
		name: 'agentId',
		type: 'number',
		default: 0,
		description: 'With One Agent visibility: the agent who sees the macro',
	},
	{
		displayName: 'Visible When',
		name: 'visibleWhen',
		type: 'multiOptions',
		default: ['replying', 'starting_conversation', 'adding_private_note'],
		options: [
			{ name: 'Adding a Private Note', value: 'adding_private_note' },
			{ name: 'Replying', value: 'replying' },
			{ name: 'Starting a Conversation', value: 'starting_conversation' },
		],
	},
];

/** The macro fields given, checked, in Libredesk's names, over `base`. */
export async function readMacroFields(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	base: MacroBody,
	fields: IDataObject,
): Promise<MacroBody> {
	const body = { ...base };
	if (fields.name !== undefined)
		body.name = check.requiredText('Name', fields.name, 'Enter the name of the macro.', 140);
	if (fields.messageContent !== undefined)
		body.message_content = check.optionalText('Reply Text', fields.messageContent, 5000);
	if (fields.visibleWhen !== undefined) {
		const when = Array.isArray(fields.visibleWhen) ? (fields.visibleWhen as string[]) : [];
		if (!when.length || when.some((entry) => !VISIBLE_WHEN.includes(entry)))
			throw check.fail(
				'Visible When',
				`is ${JSON.stringify(fields.visibleWhen)}`,
				`Pick at least one of: ${VISIBLE_WHEN.join(', ')}.`,
			);
		body.visible_when = when;
	}
	if (fields.actions !== undefined)
		body.actions = await readMacroActions.call(this, check, itemIndex, fields.actions);
	if (fields.visibility !== undefined) {
		if (!['all', 'team', 'user'].includes(fields.visibility as string))
			throw check.fail('Visibility', `is "${String(fields.visibility)}"`, 'Use all, team or user.');
		body.visibility = fields.visibility as string;
	}
	// Libredesk keeps the team or agent of another visibility; it should not, so only the matching one goes.
	const team = body.visibility === 'team' ? (fields.teamId ?? base.team_id) : null;
	const agent = body.visibility === 'user' ? (fields.agentId ?? base.user_id) : null;
	body.team_id = await owner.call(this, check, itemIndex, 'Team ID', '/teams/compact', team);
	body.user_id = await owner.call(this, check, itemIndex, 'Agent ID', '/agents/compact', agent);
	if (body.visibility === 'team' && body.team_id === null)
		throw check.fail('Team ID', 'is empty', 'One Team visibility needs the ID of the team.');
	if (body.visibility === 'user' && body.user_id === null)
		throw check.fail('Agent ID', 'is empty', 'One Agent visibility needs the ID of the agent.');
	if (!body.actions.length && body.message_content === '')
		throw check.fail(
			'Actions',
			'are empty and so is the Reply Text',
			'Give the macro an action or a reply text: otherwise it does nothing.',
		);
	return body;
}

/** A team or agent ID as Libredesk wants it (a string), checked to exist; null for none. */
async function owner(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	field: string,
	list: '/teams/compact' | '/agents/compact',
	value: unknown,
): Promise<string | null> {
	if (value === null || value === undefined || value === 0 || value === '' || value === '0')
		return null;
	const id = check.positiveInteger(field, value, 'Enter the numeric ID.');
	await requireId.call(this, check, field, list, id, itemIndex);
	return String(id);
}
