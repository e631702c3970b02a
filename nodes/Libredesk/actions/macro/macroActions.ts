/**
 * The actions a macro may hold, as Libredesk runs them (cmd/macro.go isMacroActionAllowed), and the
 * check of a macro's actions before it is saved: Libredesk stores any action type and any value, and
 * only fails when the macro is applied. Values are IDs as strings (team, agent, status, priority) or
 * tag names; the node takes names or IDs and checks each against Libredesk's lists.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireId, requireName, unknownNames } from '../../helpers/knownNames';
import type { InputChecker } from '../../helpers/validation';
import type { NamedList } from '../../transport';

export const MACRO_ACTIONS = [
	'assign_team',
	'assign_user',
	'set_status',
	'set_priority',
	'add_tags',
	'set_tags',
	'remove_tags',
];

export interface MacroAction extends IDataObject {
	type: string;
	value: string[];
}

export const actionsField: INodeProperties = {
	displayName: 'Actions',
	name: 'actions',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Action',
	description: 'What the macro does when applied; each action type at most once',
	options: [
		{
			displayName: 'Action',
			name: 'action',
			values: [
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					default: 'set_status',
					options: [
						{ name: 'Add Tags', value: 'add_tags' },
						{ name: 'Assign Agent', value: 'assign_user' },
						{ name: 'Assign Team', value: 'assign_team' },
						{ name: 'Remove Tags', value: 'remove_tags' },
						{ name: 'Set Priority', value: 'set_priority' },
						{ name: 'Set Status', value: 'set_status' },
						{ name: 'Set Tags', value: 'set_tags' },
					],
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					placeholder: 'e.g. Resolved',
					description:
						'Status, priority or team: its name or ID. Agent: the ID. Tags: names separated by commas.',
				},
			],
		},
	],
};

const NAMED: Record<string, { list: NamedList; label: string }> = {
	assign_team: { list: '/teams/compact', label: 'team' },
	set_status: { list: '/statuses', label: 'status' },
	set_priority: { list: '/priorities', label: 'priority' },
};

/** The Actions given, checked and in Libredesk's shape. */
export async function readMacroActions(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	given: unknown,
): Promise<MacroAction[]> {
	const entries = ((given as IDataObject | undefined)?.action ?? []) as IDataObject[];
	const actions: MacroAction[] = [];
	for (const entry of entries) {
		const type = String(entry.type);
		if (!MACRO_ACTIONS.includes(type))
			throw check.fail(
				'Actions',
				`have the type "${type}", which Libredesk does not run from a macro`,
				`Use one of: ${MACRO_ACTIONS.join(', ')}.`,
			);
		if (actions.some((action) => action.type === type))
			throw check.fail(
				'Actions',
				`have "${type}" twice`,
				'Libredesk refuses to apply a macro with the same action twice: keep one.',
			);
		actions.push({ type, value: await readValue.call(this, check, itemIndex, type, entry.value) });
	}
	return actions;
}

async function readValue(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	type: string,
	value: unknown,
): Promise<string[]> {
	const field = 'Actions';
	if (type.endsWith('_tags')) {
		const names = check.nameList(field, value);
		if (!names.length)
			throw check.fail(
				field,
				`have "${type}" without tags`,
				'Enter tag names separated by commas.',
			);
		const { unknown, known } = await unknownNames.call(this, '/tags', names, itemIndex);
		if (unknown.length)
			throw check.fail(
				field,
				`have "${type}" with tags Libredesk does not have: ${unknown.join(', ')}`,
				`Use existing tags (create them with Tag → Create): ${known.join(', ')}.`,
			);
		return names;
	}
	const text = check.requiredText(field, value, `Enter the value of "${type}".`);
	if (type === 'assign_user') {
		const id = check.positiveInteger(field, text, 'Enter the numeric ID of the agent.');
		await requireId.call(this, check, field, '/agents/compact', id, itemIndex);
		return [String(id)];
	}
	const { list } = NAMED[type];
	const record = await requireName.call(this, check, field, list, text, itemIndex, { orId: true });
	return [String(record.id)];
}
