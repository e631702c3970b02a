/**
 * Status, priority, assignee, tags and custom attributes (cmd/conversation.go, libredesk-api.md
 * §4.4), including the quirks: unknown status 500, unknown priority silently cleared, unknown
 * tags silently ignored, unknown agent 500, team change removes the agent.
 */
import { errors, ok } from '../http';
import { decodeJsonBody } from '../route';
import type { Route, RouteContext } from '../route';
import type { Conversation, JsonObject } from '../state';
import { addActivity, findConversation } from './lookup';

const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

function withConversation(handler: (ctx: RouteContext, conversation: Conversation) => ReturnType<Route['handle']>) {
	return (ctx: RouteContext) => {
		const found = findConversation(ctx.state, ctx.params.uuid);
		if (!found.conversation) return found.response;
		const response = handler(ctx, found.conversation);
		if (response.status === 200) found.conversation.updated_at = ctx.state.now();
		return response;
	};
}

export const conversationUpdateRoutes: Route[] = [
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/status',
		guard: 'conversations:update_status',
		handle: withConversation(({ state, req, body, user }, conversation) => {
			const decoded = decodeJsonBody(req, body, { status: 'string', snoozed_until: 'string' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const status = (decoded.value.status as string | undefined) ?? '';
			if (status === '') return errors.input('`status` empty');
			if (status === 'Snoozed' && !GO_DURATION.test((decoded.value.snoozed_until as string | undefined) ?? '')) return errors.input('Invalid snooze duration');
			// update-conversation-status sets status_id from the name; an unknown name is NULL -> 500.
			if (!state.statuses.some((candidate) => candidate.name === status)) return errors.general();
			addActivity(state, conversation.id, user.id, `Status changed from ${conversation.status} to ${status}`);
			conversation.status = status;
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/priority',
		guard: 'conversations:update_priority',
		handle: withConversation(({ state, req, body, user }, conversation) => {
			const decoded = decodeJsonBody(req, body, { priority: 'string' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const priority = (decoded.value.priority as string | undefined) ?? '';
			if (priority === '') return errors.input('`priority` empty');
			// An unknown name silently clears the priority (priority_id = NULL).
			conversation.priority = state.priorities.some((candidate) => candidate.name === priority) ? priority : null;
			addActivity(state, conversation.id, user.id, `Priority set to ${conversation.priority ?? ''}`);
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/user',
		guard: 'conversations:update_user_assignee',
		handle: withConversation(({ state, req, body, user }, conversation) => {
			const decoded = decodeJsonBody(req, body, { assignee_id: 'int' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const id = (decoded.value.assignee_id as number | undefined) ?? 0;
			if (!state.findUser(id)) return errors.general(); // FK error
			conversation.assigned_user_id = id;
			addActivity(state, conversation.id, user.id, `Assigned to user ${id}`);
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/team',
		guard: 'conversations:update_team_assignee',
		handle: withConversation(({ state, req, body, user }, conversation) => {
			const decoded = decodeJsonBody(req, body, { assignee_id: 'int' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const id = (decoded.value.assignee_id as number | undefined) ?? 0;
			if (!state.teams.some((team) => team.id === id)) return errors.input('Team not found');
			conversation.assigned_team_id = id;
			conversation.assigned_user_id = null;
			addActivity(state, conversation.id, user.id, `Assigned to team ${id}`);
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/user/remove',
		guard: 'conversations:update_user_assignee',
		handle: withConversation((_ctx, conversation) => {
			conversation.assigned_user_id = null;
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/team/remove',
		guard: 'conversations:update_team_assignee',
		handle: withConversation((_ctx, conversation) => {
			conversation.assigned_team_id = null;
			return ok(true);
		}),
	},
	{
		method: 'POST',
		path: '/api/v1/conversations/:uuid/tags',
		guard: 'conversations:update_tags',
		handle: withConversation(({ state, req, body }, conversation) => {
			const decoded = decodeJsonBody(req, body, { tags: 'stringArray', action: 'string' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const action = (decoded.value.action as string | undefined) || 'set_tags';
			if (!['add_tags', 'remove_tags', 'set_tags'].includes(action)) return errors.input('Invalid action');
			// Matched by name against existing tags; unknown names are silently ignored.
			const known = ((decoded.value.tags as string[] | undefined) ?? []).filter((name) => state.tags.some((tag) => tag.name === name));
			if (action === 'set_tags') conversation.tags = [...new Set(known)];
			if (action === 'add_tags') conversation.tags = [...new Set([...conversation.tags, ...known])];
			if (action === 'remove_tags') conversation.tags = conversation.tags.filter((tag) => !known.includes(tag));
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/custom-attributes',
		guard: 'auth',
		handle: withConversation(({ body }, conversation) => {
			let parsed: unknown;
			try {
				parsed = JSON.parse(body.toString('utf8'));
			} catch {
				// A decode failure here is a 500 with InputException (cmd/conversation.go).
				return { status: 500, body: { status: 'error', message: 'Error parsing request', data: null, error_type: 'InputException' } };
			}
			if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
				return { status: 500, body: { status: 'error', message: 'Error parsing request', data: null, error_type: 'InputException' } };
			}
			conversation.custom_attributes = parsed as JsonObject; // replaces; keys not validated
			return ok(true);
		}),
	},
];
