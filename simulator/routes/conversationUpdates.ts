/**
 * Status, priority, assignee, tags and custom attributes (cmd/conversation.go;
 * docs/libredesk-api-notes.md, "Updates"), including the quirks: unknown status 500, unknown priority silently cleared, unknown
 * tags silently ignored, unknown agent 500, team change removes the agent.
 */
import { errors, fail, ok } from '../http';
import type { SimResponse } from '../http';
import { decodeJsonBody } from '../route';
import type { FieldType, Route, RouteContext } from '../route';
import type { Conversation, JsonObject } from '../state';
import { changeTags, fireConversationEvent } from './conversationEvents';
import type { TagAction } from './conversationEvents';
import { addActivity, findConversation, fullName } from './conversationRecords';

const UNIT_MS: Record<string, number> = {
	ns: 1e-6,
	us: 1e-3,
	µs: 1e-3,
	μs: 1e-3,
	ms: 1,
	s: 1000,
	m: 60_000,
	h: 3_600_000,
};

/** Go's time.ParseDuration in milliseconds ("-1h30m", "0", ".5h"); undefined when it fails. */
function goDurationMs(duration: string): number | undefined {
	const match = /^([+-]?)(.*)$/.exec(duration)!;
	if (match[2] === '0') return 0;
	if (!/^((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/.test(match[2])) return undefined;
	let total = 0;
	for (const [, amount, unit] of match[2].matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
		total += Number(amount) * UNIT_MS[unit];
	return match[1] === '-' ? -total : total;
}

/**
 * Runs `handler` on the :uuid conversation (findConversation's 404/500 otherwise); a 200 stamps
 * updated_at.
 */
function withConversation(handler: (ctx: RouteContext, conversation: Conversation) => SimResponse) {
	return (ctx: RouteContext) => {
		const found = findConversation(ctx.state, ctx.params.uuid);
		if (!found.conversation) return found.response;
		const before = found.conversation.updated_at;
		const response = handler(ctx, found.conversation);
		// A handler that stamped it itself (as its query does, before the webhook) keeps its time.
		if (response.status === 200 && found.conversation.updated_at === before)
			found.conversation.updated_at = ctx.state.now();
		return response;
	};
}

/** A JSON body as decodeJsonBody reads it. */
type Body = Record<string, unknown>;

/** withConversation, with the body decoded into `fields`; one that does not decode is a 400. */
function withConversationBody(
	fields: Record<string, FieldType>,
	handler: (ctx: RouteContext, conversation: Conversation, body: Body) => SimResponse,
) {
	return withConversation((ctx, conversation) => {
		const decoded = decodeJsonBody(ctx.req, ctx.body, fields);
		if (!decoded.ok) return errors.input('Error parsing request');
		return handler(ctx, conversation, decoded.value);
	});
}

function setStatus(ctx: RouteContext, conversation: Conversation, body: Body): SimResponse {
	const { state, user } = ctx;
	const status = (body.status as string | undefined) ?? '';
	if (status === '') return errors.input('`status` empty');
	let snoozeMs = 0;
	if (status === 'Snoozed') {
		const given = (body.snoozed_until as string | undefined) ?? '';
		if (given === '') return errors.input('`snoozed_until` empty');
		const parsed = goDurationMs(given);
		if (parsed === undefined) return errors.input('Bad request');
		if (parsed <= 0) return errors.input('Invalid snooze duration');
		snoozeMs = parsed;
	}
	// update-conversation-status sets status_id from the name; an unknown name is NULL -> 500.
	if (!state.statuses.some((candidate) => candidate.name === status)) return errors.general();
	// An unchanged status records nothing and fires nothing.
	if (conversation.status === status) return ok(true);
	const previous = conversation.status;
	conversation.status = status;
	conversation.updated_at = state.now();
	const snoozeUntil = status === 'Snoozed' ? new Date(Date.now() + snoozeMs).toISOString() : '';
	// As UpdateConversationStatus: the webhook is queued first, the activity entry recorded after.
	fireConversationEvent(ctx, 'conversation.status_changed', conversation, user.id, {
		previous_status: previous,
		new_status: status,
		snooze_until: snoozeUntil,
	});
	addActivity(ctx, conversation.id, 'status_change', status);
	return ok(true);
}

function setPriority(ctx: RouteContext, conversation: Conversation, body: Body): SimResponse {
	const priority = (body.priority as string | undefined) ?? '';
	if (priority === '') return errors.input('`priority` empty');
	// An unknown name silently clears the priority (priority_id = NULL); the same one changes nothing.
	const next = ctx.state.priorities.some((candidate) => candidate.name === priority)
		? priority
		: null;
	if (next === conversation.priority) return ok(true);
	conversation.priority = next;
	addActivity(ctx, conversation.id, 'priority_change', priority);
	return ok(true);
}

function assignUser(ctx: RouteContext, conversation: Conversation, body: Body): SimResponse {
	const { state, user } = ctx;
	const id = (body.assignee_id as number | undefined) ?? 0;
	if (!state.findUser(id)) return errors.general(); // FK error
	if (conversation.assigned_user_id === id) return ok(true); // already assigned: no-op
	conversation.assigned_user_id = id;
	conversation.updated_at = state.now();
	// As afterUserAssignedHooks: the webhook is queued first, the activity entry recorded after.
	fireConversationEvent(ctx, 'conversation.assigned', conversation, user.id, { assigned_to: id });
	if (id === user.id) addActivity(ctx, conversation.id, 'self_assign', '');
	else addActivity(ctx, conversation.id, 'assigned_user_change', fullName(state.findUser(id)));
	return ok(true);
}

function assignTeam(ctx: RouteContext, conversation: Conversation, body: Body): SimResponse {
	const id = (body.assignee_id as number | undefined) ?? 0;
	const team = ctx.state.teams.find((candidate) => candidate.id === id);
	if (!team) return errors.input('Team not found');
	// The same team is a no-op: the agent stays.
	if (conversation.assigned_team_id === id) return ok(true);
	conversation.assigned_team_id = id;
	conversation.updated_at = ctx.state.now();
	addActivity(ctx, conversation.id, 'assigned_team_change', team.name);
	// Libredesk then removes the agent (RemoveConversationAssignee, a new updated_at, no entry) and
	// reports every team change as conversation.unassigned.
	conversation.assigned_user_id = null;
	conversation.updated_at = ctx.state.now();
	fireConversationEvent(ctx, 'conversation.unassigned', conversation, ctx.user.id);
	return ok(true);
}

function unassignUser(ctx: RouteContext, conversation: Conversation): SimResponse {
	conversation.assigned_user_id = null;
	conversation.updated_at = ctx.state.now();
	fireConversationEvent(ctx, 'conversation.unassigned', conversation, ctx.user.id);
	return ok(true);
}

function unassignTeam(_ctx: RouteContext, conversation: Conversation): SimResponse {
	conversation.assigned_team_id = null;
	return ok(true);
}

function updateTags(ctx: RouteContext, conversation: Conversation, body: Body): SimResponse {
	const action = (body.action as string | undefined) || 'set_tags';
	if (!['add_tags', 'remove_tags', 'set_tags'].includes(action))
		return errors.input('Invalid action');
	changeTags(ctx, conversation, action as TagAction, (body.tags as string[] | undefined) ?? []);
	return ok(true);
}

function setCustomAttributes({ body }: RouteContext, conversation: Conversation): SimResponse {
	// A body that does not decode to an object is a 500 with InputException (cmd/conversation.go).
	const refused = fail(500, 'Error parsing request', 'InputException');
	let parsed: unknown;
	try {
		parsed = JSON.parse(body.toString('utf8'));
	} catch {
		return refused;
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return refused;
	conversation.custom_attributes = parsed as JsonObject; // replaces; keys not validated
	return ok(true);
}

export const conversationUpdateRoutes: Route[] = [
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/status',
		guard: 'conversations:update_status',
		handle: withConversationBody({ status: 'string', snoozed_until: 'string' }, setStatus),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/priority',
		guard: 'conversations:update_priority',
		handle: withConversationBody({ priority: 'string' }, setPriority),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/user',
		guard: 'conversations:update_user_assignee',
		handle: withConversationBody({ assignee_id: 'int' }, assignUser),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/team',
		guard: 'conversations:update_team_assignee',
		handle: withConversationBody({ assignee_id: 'int' }, assignTeam),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/user/remove',
		guard: 'conversations:update_user_assignee',
		handle: withConversation(unassignUser),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/team/remove',
		guard: 'conversations:update_team_assignee',
		handle: withConversation(unassignTeam),
	},
	{
		method: 'POST',
		path: '/api/v1/conversations/:uuid/tags',
		guard: 'conversations:update_tags',
		handle: withConversationBody({ tags: 'stringArray', action: 'string' }, updateTags),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/custom-attributes',
		guard: 'auth',
		handle: withConversation(setCustomAttributes),
	},
];
