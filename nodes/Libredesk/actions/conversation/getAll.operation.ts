import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readDistinctRows } from '../../helpers/distinctRows';
import { namedRecords } from '../../helpers/lookups';
import { SIMPLE_CONVERSATION_FIELDS, simplifyConversation } from '../../helpers/simplify';
import { InputChecker } from '../../helpers/validation';
import { fieldCollection, orderOptions, readLimit, readOrder, returnAllAndLimit, showFor, simplifyField } from '../shared/descriptions';

const show = showFor('conversation', 'getAll');
const LISTS = ['all', 'assigned', 'unassigned', 'mentioned'] as const;
const ORDER_FIELDS = {
	'Created At': 'created_at',
	'Last Interaction At': 'last_interaction_at',
	'Last Message At': 'last_message_at',
	Priority: 'priority_id',
	Status: 'status_id',
	'Waiting Since': 'waiting_since',
};

export const description: INodeProperties[] = [
	{
		displayName: 'List',
		name: 'list',
		type: 'options',
		default: 'all',
		description: "Which of Libredesk's conversation lists to read. The API key's role needs the matching read permission.",
		displayOptions: { show },
		options: [
			{ name: 'All', value: 'all', description: 'Every conversation (needs conversations:read_all)' },
			{ name: 'Assigned to Me', value: 'assigned', description: "Assigned to the API key's agent" },
			{ name: 'Mentioned', value: 'mentioned', description: "Where the API key's agent was mentioned in a private note" },
			{ name: 'Unassigned', value: 'unassigned', description: 'With no agent and no team' },
		],
	},
	...returnAllAndLimit(show),
	fieldCollection(show, 'filters', 'Filters', 'Add Filter', [
		{ displayName: 'Agent Name or ID', name: 'agentId', type: 'options', typeOptions: { loadOptionsMethod: 'getAgents' }, default: '', description: 'Only conversations assigned to this agent. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
		{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime', default: '', description: 'Only conversations created on or after this day (Libredesk compares whole days in its own time zone)' },
		{ displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '', description: 'Only conversations created on or before this day' },
		{ displayName: 'Inbox Name or ID', name: 'inboxId', type: 'options', typeOptions: { loadOptionsMethod: 'getInboxes' }, default: '', description: 'Only conversations of this inbox. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
		{ displayName: 'Last Message After', name: 'lastMessageAfter', type: 'dateTime', default: '', description: 'Only conversations whose last message is on or after this day (Libredesk cannot filter on the update time)' },
		{ displayName: 'Last Message Before', name: 'lastMessageBefore', type: 'dateTime', default: '', description: 'Only conversations whose last message is on or before this day' },
		{ displayName: 'Priority Name or ID', name: 'priority', type: 'options', typeOptions: { loadOptionsMethod: 'getPriorities' }, default: '', description: 'Only conversations with this priority. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
		{ displayName: 'Status Name or ID', name: 'status', type: 'options', typeOptions: { loadOptionsMethod: 'getStatuses' }, default: '', description: 'Only conversations with this status. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
		{ displayName: 'Team Name or ID', name: 'teamId', type: 'options', typeOptions: { loadOptionsMethod: 'getTeams' }, default: '', description: 'Only conversations assigned to this team. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
	]),
	orderOptions(show, ORDER_FIELDS, 'last_message_at'),
	simplifyField(show, SIMPLE_CONVERSATION_FIELDS),
];

interface ListRequest {
	list: (typeof LISTS)[number];
	limit?: number;
	rules: IDataObject[];
	status?: string;
	priority?: string;
	order: string;
	orderBy: string;
	simplify: boolean;
}

function day(check: InputChecker, field: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = new Date(String(value));
	if (Number.isNaN(date.getTime())) throw check.fail(field, `is not a date: "${String(value)}"`, 'Pick a date, or map an ISO date such as 2026-01-31.');
	return String(value).slice(0, 10);
}

/** Libredesk's `between` takes "from,to" days; an open end becomes a far date. */
function between(field: string, from?: string, to?: string): IDataObject[] {
	if (!from && !to) return [];
	return [{ model: 'conversations', field, operator: 'between', value: `${from ?? '1970-01-01'},${to ?? '9999-12-31'}` }];
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<ListRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const list = this.getNodeParameter('list', itemIndex) as ListRequest['list'];
	if (!LISTS.includes(list)) throw check.fail('List', `is ${JSON.stringify(list) ?? 'empty'}`, `Use one of: ${LISTS.join(', ')}.`);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const rules: IDataObject[] = [];
	const idRule = (field: string, label: string, value: unknown) => {
		if (value === undefined || value === '') return;
		const id = check.positiveInteger(label, value, 'Pick one from the list, or enter its numeric ID.');
		rules.push({ model: 'conversations', field, operator: 'equals', value: String(id) });
	};
	idRule('inbox_id', 'Inbox Name or ID', filters.inboxId);
	idRule('assigned_team_id', 'Team Name or ID', filters.teamId);
	idRule('assigned_user_id', 'Agent Name or ID', filters.agentId);
	rules.push(...between('created_at', day(check, 'Created After', filters.createdAfter), day(check, 'Created Before', filters.createdBefore)));
	rules.push(...between('last_message_at', day(check, 'Last Message After', filters.lastMessageAfter), day(check, 'Last Message Before', filters.lastMessageBefore)));
	return {
		list,
		limit: readLimit.call(this, check, itemIndex),
		rules,
		status: check.optionalText('Status Name or ID', filters.status) || undefined,
		priority: check.optionalText('Priority Name or ID', filters.priority) || undefined,
		...readOrder(check, options, ORDER_FIELDS, 'last_message_at'),
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
	};
}

export async function send(this: IExecuteFunctions, itemIndex: number, request: ListRequest): Promise<IDataObject[]> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const rules = [...request.rules];
	// Libredesk filters statuses and priorities by ID; the node takes names, like the update operations.
	for (const [name, list, field, label] of [
		[request.status, '/statuses', 'status_id', 'Status Name or ID'],
		[request.priority, '/priorities', 'priority_id', 'Priority Name or ID'],
	] as const) {
		if (!name) continue;
		const records = await namedRecords.call(this, list, itemIndex);
		const found = records.find((record) => record.name === name || String(record.id) === name);
		if (!found) throw check.fail(label, `is "${name}", which Libredesk does not have`, `Use one of: ${records.map((record) => record.name).join(', ')}.`);
		rules.push({ model: 'conversations', field, operator: 'equals', value: String(found.id) });
	}
	const rows = await readDistinctRows.call(
		this,
		{
			method: 'GET',
			endpoint: `/conversations/${request.list}`,
			qs: {
				order: request.order,
				order_by: `conversations.${request.orderBy}`,
				...(rules.length ? { filters: JSON.stringify(rules) } : {}),
			},
			itemIndex,
			permission: { all: 'conversations:read_all', assigned: 'conversations:read_assigned', unassigned: 'conversations:read_unassigned', mentioned: 'conversations:read' }[request.list],
		},
		request.limit,
	);
	return request.simplify ? rows.map(simplifyConversation) : rows;
}
