import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { namedRecords, requireName } from '../../helpers/knownNames';
import { InputChecker } from '../../helpers/validation';
import {
	conversationListOutputFields,
	readConversationList,
	readConversationListOutput,
} from '../shared/conversationGetMany';
import type { ConversationListOutput } from '../shared/conversationGetMany';
import { fieldCollection, returnAllAndLimit } from '../shared/descriptions';
import { readViewId, VIEW_ACCESS_HINT } from '../view/shared';

const LISTS = ['all', 'assigned', 'unassigned', 'mentioned', 'teamUnassigned', 'view'] as const;

export const description: INodeProperties[] = [
	{
		displayName: 'List',
		name: 'list',
		type: 'options',
		default: 'all',
		description:
			"Which of Libredesk's conversation lists to read. The API key's role needs the matching read permission.",
		options: [
			{
				name: 'All',
				value: 'all',
				description: 'Every conversation (needs conversations:read_all)',
			},
			{ name: 'Assigned to Me', value: 'assigned', description: "Assigned to the API key's agent" },
			{
				name: 'Mentioned',
				value: 'mentioned',
				description: "Where the API key's agent was mentioned in a private note",
			},
			{
				name: 'Saved View',
				value: 'view',
				description: 'A view saved in Libredesk, with its own filters',
			},
			{
				name: "Team's Unassigned",
				value: 'teamUnassigned',
				description:
					"Assigned to a team but to none of its agents; the API key's agent must be in the team",
			},
			{ name: 'Unassigned', value: 'unassigned', description: 'With no agent and no team' },
		],
	},
	{
		displayName: 'Team Name or ID',
		name: 'listTeamId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTeams' },
		default: '',
		required: true,
		description:
			'The team whose unassigned conversations to read. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { list: ['teamUnassigned'] } },
	},
	{
		displayName: 'View Name or ID',
		name: 'viewId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getViews' },
		default: '',
		required: true,
		description:
			'The saved view to read; its filters apply (the Filters below do not). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { list: ['view'] } },
	},
	...returnAllAndLimit(),
	fieldCollection('filters', 'Filters', 'Add Filter', [
		{
			displayName: 'Contact Email',
			name: 'contactEmail',
			type: 'string',
			placeholder: 'e.g. jane@example.com',
			default: '',
			description: 'Only conversations of the contact with this email address (exact match)',
		},
		{
			displayName: 'Agent Name or ID',
			name: 'agentId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: '',
			description:
				'Only conversations assigned to this agent. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Created After',
			name: 'createdAfter',
			type: 'dateTime',
			default: '',
			description:
				'Only conversations created on or after this day (Libredesk compares whole days in its own time zone)',
		},
		{
			displayName: 'Created Before',
			name: 'createdBefore',
			type: 'dateTime',
			default: '',
			description: 'Only conversations created on or before this day',
		},
		{
			displayName: 'Inbox Name or ID',
			name: 'inboxId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getInboxes' },
			default: '',
			description:
				'Only conversations of this inbox. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Last Message After',
			name: 'lastMessageAfter',
			type: 'dateTime',
			default: '',
			description:
				'Only conversations whose last message is on or after this day (Libredesk cannot filter on the update time)',
		},
		{
			displayName: 'Last Message Before',
			name: 'lastMessageBefore',
			type: 'dateTime',
			default: '',
			description: 'Only conversations whose last message is on or before this day',
		},
		{
			displayName: 'Priority Name or ID',
			name: 'priority',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getPriorities' },
			default: '',
			description:
				'Only conversations with this priority. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Status Name or ID',
			name: 'status',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getStatuses' },
			default: '',
			description:
				'Only conversations with this status. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Tag Names or IDs',
			name: 'tags',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getTags' },
			default: [],
			description:
				'Only conversations that have at least one of these tags. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Team Name or ID',
			name: 'teamId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTeams' },
			default: '',
			description:
				'Only conversations assigned to this team. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
	...conversationListOutputFields(),
];

const PERMISSIONS: Record<ListRequest['list'], string> = {
	all: 'conversations:read_all',
	assigned: 'conversations:read_assigned',
	unassigned: 'conversations:read_unassigned',
	mentioned: 'conversations:read',
	teamUnassigned: 'conversations:read_team_inbox',
	view: 'conversations:read',
};

const LIST_HINTS: Partial<Record<ListRequest['list'], Partial<Record<number, string>>>> = {
	teamUnassigned: {
		403: "The API key's agent must be a member of the team (Admin → Teams), and its role needs conversations:read_team_inbox.",
	},
	view: { 403: VIEW_ACCESS_HINT },
};

function listEndpoint(request: ListRequest): string {
	if (request.list === 'teamUnassigned') return `/teams/${request.listId}/conversations/unassigned`;
	if (request.list === 'view') return `/views/${request.listId}/conversations`;
	return `/conversations/${request.list}`;
}

interface ListRequest extends ConversationListOutput {
	list: (typeof LISTS)[number];
	/** The team or view ID for the team's unassigned list and saved views. */
	listId?: number;
	tags: string[];
	rules: IDataObject[];
	status?: string;
	priority?: string;
}

function day(check: InputChecker, field: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = new Date(String(value));
	if (Number.isNaN(date.getTime()))
		throw check.fail(
			field,
			`is not a date: "${String(value)}"`,
			'Pick a date, or map an ISO date such as 2026-01-31.',
		);
	return String(value).slice(0, 10);
}

/** Libredesk's `between` takes "from,to" days; an open end becomes a far date. */
function between(field: string, from?: string, to?: string): IDataObject[] {
	if (!from && !to) return [];
	return [
		{
			model: 'conversations',
			field,
			operator: 'between',
			value: `${from ?? '1970-01-01'},${to ?? '9999-12-31'}`,
		},
	];
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<ListRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const list = this.getNodeParameter('list', itemIndex) as ListRequest['list'];
	if (!LISTS.includes(list))
		throw check.fail(
			'List',
			`is ${JSON.stringify(list) ?? 'empty'}`,
			`Use one of: ${LISTS.join(', ')}.`,
		);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	let listId: number | undefined;
	if (list === 'teamUnassigned')
		listId = check.positiveInteger(
			'Team Name or ID',
			this.getNodeParameter('listTeamId', itemIndex, ''),
			'Pick a team from the list, or enter its numeric ID.',
		);
	if (list === 'view') {
		listId = readViewId(check, this.getNodeParameter('viewId', itemIndex, ''));
		const given = Object.entries(filters).filter(
			([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0),
		);
		if (given.length)
			throw check.fail(
				'Filters',
				'are set for a saved view',
				'A saved view brings its own filters and Libredesk ignores others: remove the Filters, or use another List.',
			);
	}
	const rules: IDataObject[] = [];
	const idRule = (field: string, label: string, value: unknown) => {
		if (value === undefined || value === '') return;
		const id = check.positiveInteger(
			label,
			value,
			'Pick one from the list, or enter its numeric ID.',
		);
		rules.push({ model: 'conversations', field, operator: 'equals', value: String(id) });
	};
	idRule('inbox_id', 'Inbox Name or ID', filters.inboxId);
	idRule('assigned_team_id', 'Team Name or ID', filters.teamId);
	idRule('assigned_user_id', 'Agent Name or ID', filters.agentId);
	// Libredesk compares users.email (the contact's) exactly; it stores addresses lower-cased.
	if (filters.contactEmail)
		rules.push({
			model: 'users',
			field: 'email',
			operator: 'equals',
			value: check.email('Contact Email', filters.contactEmail),
		});
	rules.push(
		...between(
			'created_at',
			day(check, 'Created After', filters.createdAfter),
			day(check, 'Created Before', filters.createdBefore),
		),
	);
	rules.push(
		...between(
			'last_message_at',
			day(check, 'Last Message After', filters.lastMessageAfter),
			day(check, 'Last Message Before', filters.lastMessageBefore),
		),
	);
	return {
		list,
		listId,
		tags: check.nameList('Tag Names or IDs', filters.tags),
		rules,
		status: check.optionalText('Status Name or ID', filters.status) || undefined,
		priority: check.optionalText('Priority Name or ID', filters.priority) || undefined,
		...readConversationListOutput.call(this, check, itemIndex),
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: ListRequest,
): Promise<IDataObject[]> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const rules = [...request.rules];
	// Libredesk filters statuses and priorities by ID; the node takes names, like the update operations.
	for (const [name, list, field, label] of [
		[request.status, '/statuses', 'status_id', 'Status Name or ID'],
		[request.priority, '/priorities', 'priority_id', 'Priority Name or ID'],
	] as const) {
		if (!name) continue;
		const found = await requireName.call(this, check, label, list, name, itemIndex, { orId: true });
		rules.push({ model: 'conversations', field, operator: 'equals', value: String(found.id) });
	}
	if (request.tags.length) {
		// Libredesk filters tags by ID ("contains" = has any of them); the node takes names.
		const records = await namedRecords.call(this, '/tags', itemIndex);
		const ids = request.tags.map((tag) => {
			const found = records.find((record) => record.name === tag || String(record.id) === tag);
			if (!found)
				throw check.fail(
					'Tag Names or IDs',
					`contains "${tag}", which Libredesk does not have`,
					`Use one of: ${records.map((record) => record.name).join(', ') || 'none'}.`,
				);
			return found.id;
		});
		rules.push({
			model: 'conversations',
			field: 'tags',
			operator: 'contains',
			value: JSON.stringify(ids),
		});
	}
	return await readConversationList.call(
		this,
		{
			method: 'GET',
			endpoint: listEndpoint(request),
			qs: rules.length ? { filters: JSON.stringify(rules) } : undefined,
			itemIndex,
			permission: PERMISSIONS[request.list],
			hints: LIST_HINTS[request.list],
		},
		request,
	);
}
