/**
 * Conversation lists and search (cmd/conversation.go, cmd/search.go): paged lists with order and
 * JSON filters (invalid ones are a 500), and a search that needs 3 characters.
 */
import { errors, ok } from '../http';
import type { Route, RouteContext } from '../route';
import type { Conversation, JsonObject, SimState } from '../state';

const ORDER_FIELDS = new Set([
	'conversations.status_id',
	'conversations.priority_id',
	'conversations.assigned_team_id',
	'conversations.assigned_user_id',
	'conversations.inbox_id',
	'conversations.last_message_at',
	'conversations.last_interaction_at',
	'conversations.last_interaction_sender',
	'conversations.created_at',
	'conversations.waiting_since',
	'conversations.next_sla_deadline_at',
	'conversations.snoozed_until',
	'conversations.sla_policy_id',
	'conversation_statuses.id',
	'conversation_statuses.name',
	'users.email',
	'users.external_user_id',
	'inboxes.channel',
]);

/** search.minQueryLength of Libredesk's en-US.json, leading space included. */
export const SEARCH_TOO_SHORT = ' Please enter at least 3 characters to search.';

export function pageParams(query: URLSearchParams): { page: number; perPage: number } {
	const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
	const requested = Number(query.get('page_size') ?? 30) || 30;
	return { page, perPage: Math.min(500, Math.max(1, requested)) };
}

/** The total comes with the rows (COUNT(*) OVER ()), so a page without rows reports 0 and 0. */
export function pageResults<T>(rows: T[], page: number, perPage: number) {
	const results = rows.slice((page - 1) * perPage, page * perPage);
	const total = results.length ? rows.length : 0;
	return { results, total, per_page: perPage, total_pages: Math.ceil(total / perPage), page };
}

function columnValue(state: SimState, conversation: Conversation, field: string): unknown {
	switch (field) {
		case 'status_id':
			return state.statusOf(conversation)?.id ?? null;
		case 'priority_id':
			return state.priorityOf(conversation)?.id ?? null;
		case 'tags':
			return conversation.tags.map((name) => state.tags.find((tag) => tag.name === name)?.id);
		case 'email':
		case 'external_user_id':
			// users.<field> is the conversation's contact.
			return state.findUser(conversation.contact_id)?.[field] ?? null;
		default:
			return (conversation as unknown as Record<string, unknown>)[field] ?? null;
	}
}

type Rule = { model?: string; field?: string; operator?: string; value?: string };

/** The "in" operator's value: a JSON list of 1 to 100 strings (maxInValues), else undefined. */
function inValues(value: string | undefined): string[] | undefined {
	try {
		const list = JSON.parse(value ?? '') as unknown;
		return Array.isArray(list) &&
			list.length >= 1 &&
			list.length <= 100 &&
			list.every((entry) => typeof entry === 'string')
			? list
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * How a column compares with a filter value (`>` / `<`): timestamps as instants (a bare day means
 * that whole day, as Libredesk reads YYYY-MM-DD), numbers as numbers; NULL compares as nothing.
 */
function compareColumn(value: unknown, given: string): number | undefined {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'number') return value - Number(given);
	const at = Date.parse(String(value));
	if (/^\d{4}-\d{2}-\d{2}$/.test(given)) {
		const day = String(value).slice(0, 10);
		return day === given ? 0 : day > given ? 1 : -1;
	}
	const bound = Date.parse(given);
	if (Number.isNaN(at) || Number.isNaN(bound)) return String(value).localeCompare(given);
	return at - bound;
}

/** Applies Libredesk's filter leaves; returns undefined for a filter it would reject (500). */
export function applyFilters(
	state: SimState,
	rows: Conversation[],
	raw: string | null,
): Conversation[] | undefined {
	if (!raw) return rows;
	let rules: Rule[];
	try {
		const parsed = JSON.parse(raw) as Rule[] | { rules?: Rule[] };
		rules = Array.isArray(parsed) ? parsed : (parsed.rules ?? []);
	} catch {
		return undefined;
	}
	if (rules.length > 50) return undefined;
	for (const rule of rules) {
		if (
			!rule.field ||
			(!ORDER_FIELDS.has(`${rule.model}.${rule.field}`) &&
				!(rule.model === 'conversations' && rule.field === 'tags'))
		)
			return undefined;
		if (
			![
				'equals',
				'not equals',
				'between',
				'set',
				'not set',
				'in',
				'greater than',
				'less than',
				'contains',
				'not contains',
			].includes(rule.operator ?? '')
		)
			return undefined;
		// renderTagFilter: tags take contains / not contains (a JSON list of tag IDs), set, not set.
		if (
			rule.field === 'tags' &&
			!['contains', 'not contains', 'set', 'not set'].includes(rule.operator ?? '')
		)
			return undefined;
		// valueRequiredOperators: every operator but set / not set needs a value.
		if (!['set', 'not set'].includes(rule.operator ?? '') && !String(rule.value ?? '').trim())
			return undefined;
		if (rule.operator === 'in' && inValues(rule.value) === undefined) return undefined;
	}
	return rows.filter((conversation) =>
		rules.every((rule) => {
			const value = columnValue(state, conversation, rule.field!);
			switch (rule.operator) {
				case 'equals':
					return String(value) === rule.value;
				case 'not equals':
					return String(value) !== rule.value;
				case 'contains':
				case 'not contains': {
					const hit = Array.isArray(value)
						? (JSON.parse(rule.value ?? '[]') as number[]).some((id) => value.includes(id))
						: String(value ?? '')
								.toLowerCase()
								.includes(String(rule.value).toLowerCase());
					return rule.operator === 'contains' ? hit : !hit;
				}
				case 'set':
					return Array.isArray(value) ? value.length > 0 : value !== null;
				case 'not set':
					return Array.isArray(value) ? value.length === 0 : value === null;
				case 'in':
					// field IN ($1, …): the strings are cast to the column's type; NULL matches nothing.
					return value !== null && inValues(rule.value)!.includes(String(value));
				case 'greater than':
				case 'less than': {
					const order = compareColumn(value, String(rule.value));
					if (order === undefined) return false;
					return rule.operator === 'greater than' ? order > 0 : order < 0;
				}
				case 'between': {
					const [from, to] = String(rule.value).split(',');
					const day = value === null ? '' : String(value).slice(0, 10);
					return value !== null && day >= from && day <= to;
				}
				default:
					return true;
			}
		}),
	);
}

export function listItemJson(state: SimState, conversation: Conversation): JsonObject {
	const contact = state.findUser(conversation.contact_id);
	const inbox = state.inboxes.find((candidate) => candidate.id === conversation.inbox_id);
	return {
		id: conversation.id,
		created_at: conversation.created_at,
		updated_at: conversation.updated_at,
		uuid: conversation.uuid,
		reference_number: conversation.reference_number,
		waiting_since: conversation.waiting_since,
		contact: contact
			? {
					created_at: contact.created_at,
					updated_at: contact.updated_at,
					first_name: contact.first_name,
					last_name: contact.last_name,
					email: contact.email,
					avatar_url: contact.avatar_url,
				}
			: null,
		inbox_channel: inbox?.channel ?? '',
		inbox_name: inbox?.name ?? '',
		subject: conversation.subject,
		last_message: conversation.last_message,
		last_message_at: conversation.last_message_at,
		last_message_sender: conversation.last_message_sender,
		last_interaction: conversation.last_interaction,
		last_interaction_at: conversation.last_interaction_at,
		last_interaction_sender: conversation.last_interaction_sender,
		priority: conversation.priority,
		priority_id: state.priorityOf(conversation)?.id ?? null,
		status: conversation.status,
		assigned_user_id: conversation.assigned_user_id,
		assigned_team_id: conversation.assigned_team_id,
		unread_message_count: 0,
	};
}

export function list(select: (ctx: RouteContext, conversation: Conversation) => boolean) {
	return (ctx: RouteContext) => {
		const { state, query } = ctx;
		const orderBy = query.get('order_by') ?? 'conversations.last_message_at';
		const order = (query.get('order') ?? 'desc').toLowerCase();
		if (!ORDER_FIELDS.has(orderBy) || !['asc', 'desc'].includes(order)) return errors.general();
		const filtered = applyFilters(
			state,
			state.conversations.filter((conversation) => select(ctx, conversation)),
			query.get('filters'),
		);
		if (!filtered) return errors.general();
		const field = orderBy.split('.')[1];
		const sorted = [...filtered].sort((a, b) => {
			const x = String(columnValue(state, a, field) ?? '');
			const y = String(columnValue(state, b, field) ?? '');
			return (x < y ? -1 : x > y ? 1 : a.id - b.id) * (order === 'asc' ? 1 : -1);
		});
		const { page, perPage } = pageParams(query);
		const result = pageResults(sorted, page, perPage);
		return ok({
			...result,
			results: result.results.map((conversation) => listItemJson(state, conversation)),
		});
	};
}

export const conversationListRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/conversations/all',
		guard: 'conversations:read_all',
		handle: list(() => true),
	},
	{
		method: 'GET',
		path: '/api/v1/conversations/assigned',
		guard: 'conversations:read_assigned',
		handle: list(({ user }, c) => c.assigned_user_id === user.id),
	},
	{
		method: 'GET',
		path: '/api/v1/conversations/unassigned',
		guard: 'conversations:read_unassigned',
		handle: list((_ctx, c) => c.assigned_user_id === null && c.assigned_team_id === null),
	},
	{
		method: 'GET',
		path: '/api/v1/conversations/mentioned',
		guard: 'conversations:read',
		handle: list(({ state, user }, c) =>
			state.messages.some(
				(m) =>
					m.conversation_id === c.id &&
					((m.meta.mentions as Array<{ type: string; id: number }> | undefined) ?? []).some(
						(mention) => mention.type === 'agent' && mention.id === user.id,
					),
			),
		),
	},
	{
		method: 'GET',
		path: '/api/v1/conversations/search',
		guard: 'conversations:read',
		handle: ({ state, query }) => {
			// Untrimmed, counted in bytes; the reference number must match exactly, the email by ILIKE.
			const q = query.get('query') ?? '';
			if (Buffer.byteLength(q) < 3) return errors.input(SEARCH_TOO_SHORT);
			const hits = state.conversations
				.filter(
					(c) =>
						c.reference_number === q ||
						(state.findUser(c.contact_id)?.email ?? '').toLowerCase().includes(q.toLowerCase()),
				)
				.sort((a, b) => b.id - a.id)
				.slice(0, 1000);
			return ok(
				hits.map((c) => ({
					created_at: c.created_at,
					uuid: c.uuid,
					reference_number: c.reference_number,
					subject: c.subject,
					status: c.status,
				})),
			);
		},
	},
];
