/**
 * More conversation routes (cmd/conversation.go, cmd/views.go): mark unread, participants, the
 * contact's custom attributes through the conversation, a team's unassigned list and saved views.
 */
import { errors, fail, ok } from '../http';
import type { Route, RouteContext } from '../route';
import type { Conversation, View } from '../state';
import { applyFilters, list } from './conversationLists';
import { findConversation } from './conversationRecords';

function withConversation(
	handler: (ctx: RouteContext, conversation: Conversation) => ReturnType<Route['handle']>,
) {
	return (ctx: RouteContext) => {
		const found = findConversation(ctx.state, ctx.params.uuid);
		return found.conversation ? handler(ctx, found.conversation) : found.response;
	};
}

function canSee(ctx: RouteContext, view: View): boolean {
	if (view.visibility === 'all') return true;
	if (view.visibility === 'user') return view.user_id === ctx.user.id;
	return view.team_id !== null && ctx.user.teams.includes(view.team_id);
}

/** user_id and team_id are `omitempty`: a view without them does not send them. */
function viewJson(view: View) {
	const { user_id, team_id, ...rest } = view;
	return {
		...rest,
		...(user_id !== null ? { user_id } : {}),
		...(team_id !== null ? { team_id } : {}),
	};
}

/**
 * handleGetViewConversations: a view lists only the conversations the caller's read permissions
 * reach (all; else assigned to it, unassigned, its teams' unassigned, its teams' all); with none of
 * them it is 403.
 */
function readableBy(ctx: RouteContext): ((c: Conversation) => boolean) | undefined {
	const { permissions, user } = ctx;
	if (permissions.includes('conversations:read_all')) return () => true;
	const reach: Array<(c: Conversation) => boolean> = [];
	if (permissions.includes('conversations:read_assigned'))
		reach.push((c) => c.assigned_user_id === user.id);
	if (permissions.includes('conversations:read_unassigned'))
		reach.push((c) => c.assigned_user_id === null && c.assigned_team_id === null);
	const inTeam = (c: Conversation) =>
		c.assigned_team_id !== null && user.teams.includes(c.assigned_team_id);
	if (permissions.includes('conversations:read_team_all')) reach.push(inTeam);
	else if (permissions.includes('conversations:read_team_inbox'))
		reach.push((c) => inTeam(c) && c.assigned_user_id === null);
	return reach.length ? (c) => reach.some((rule) => rule(c)) : undefined;
}

export const conversationExtraRoutes: Route[] = [
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/mark-unread',
		guard: 'conversations:read',
		handle: withConversation(() => ok(true)),
	},
	{
		method: 'GET',
		path: '/api/v1/conversations/:uuid/participants',
		guard: 'conversations:read',
		// Every message's sender becomes a participant (InsertMessage → addConversationParticipant).
		handle: withConversation(({ state }, conversation) => {
			const ids = [
				...new Set(
					state.messages
						.filter((message) => message.conversation_id === conversation.id)
						.map((message) => message.sender_id),
				),
			];
			return ok(
				ids
					.map((id) => state.findUser(id))
					.filter((user) => user !== undefined)
					.map((user) => ({
						id: user.id,
						first_name: user.first_name,
						last_name: user.last_name ?? '',
						avatar_url: user.avatar_url,
					})),
			);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/contacts/custom-attributes',
		guard: 'auth',
		handle: withConversation(({ state, body }, conversation) => {
			let parsed: unknown;
			try {
				parsed = JSON.parse(body.toString('utf8'));
			} catch {
				return fail(500, 'Error parsing request', 'InputException');
			}
			if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
				return fail(500, 'Error parsing request', 'InputException');
			const contact = state.findUser(conversation.contact_id);
			// upsert-custom-attributes: jsonb || merges; keys are not validated.
			if (contact)
				contact.custom_attributes = {
					...contact.custom_attributes,
					...(parsed as Record<string, never>),
				};
			return ok(true);
		}),
	},
	{
		method: 'GET',
		path: '/api/v1/teams/:id/conversations/unassigned',
		guard: 'conversations:read_team_inbox',
		handle: (ctx) => {
			const teamId = Number(ctx.params.id);
			if (!(teamId >= 1)) return errors.input('Something went wrong');
			if (!ctx.user.teams.includes(teamId))
				return errors.permission(
					"You're not a member of this team, Please refresh the page and try again",
				);
			return list((_ctx, c) => c.assigned_team_id === teamId && c.assigned_user_id === null)(ctx);
		},
	},
	{
		method: 'GET',
		path: '/api/v1/views/:id/conversations',
		guard: 'conversations:read',
		handle: (ctx) => {
			if (!(Number(ctx.params.id) >= 1)) return errors.input('Something went wrong');
			const view = ctx.state.views.find((candidate) => candidate.id === Number(ctx.params.id));
			if (!view) return errors.notFound('View not found');
			if (!canSee(ctx, view)) return errors.permission('You do not have access to this view');
			const readable = readableBy(ctx);
			if (!readable) return errors.permission();
			// The view's own filters apply; a `filters` query parameter is ignored.
			ctx.query.delete('filters');
			return list(
				({ state }, c) =>
					readable(c) &&
					(applyFilters(state, [c], JSON.stringify(view.filters)) ?? []).length === 1,
			)(ctx);
		},
	},
	{
		method: 'GET',
		path: '/api/v1/views/me',
		guard: 'view:manage',
		handle: (ctx) =>
			ok(
				ctx.state.views
					.filter((view) => view.visibility === 'user' && view.user_id === ctx.user.id)
					.map(viewJson),
			),
	},
	{
		method: 'GET',
		path: '/api/v1/views/shared',
		guard: 'auth',
		handle: (ctx) =>
			ok(
				ctx.state.views
					.filter((view) => view.visibility !== 'user' && canSee(ctx, view))
					.map(viewJson),
			),
	},
];
