/**
 * Status, priority, assignee, tags and custom attributes (cmd/conversation.go;
 * docs/libredesk-api-notes.md, "Updates"), including the quirks: unknown status 500, unknown priority silently cleared, unknown
 * tags silently ignored, unknown agent 500, team change removes the agent.
 */
import { errors, ok } from '../http';
import { decodeJsonBody } from '../route';
import type { Route, RouteContext } from '../route';
import { conversationJson } from '../serialize';
import type { Conversation, JsonObject } from '../state';
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

function withConversation(
	handler: (ctx: RouteContext, conversation: Conversation) => ReturnType<Route['handle']>,
) {
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
		handle: withConversation((ctx, conversation) => {
			const { state, req, body, user } = ctx;
			const decoded = decodeJsonBody(req, body, { status: 'string', snoozed_until: 'string' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const status = (decoded.value.status as string | undefined) ?? '';
			if (status === '') return errors.input('`status` empty');
			let snoozeMs = 0;
			if (status === 'Snoozed') {
				const given = (decoded.value.snoozed_until as string | undefined) ?? '';
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
			addActivity(ctx, conversation.id, 'status_change', status);
			const previous = conversation.status;
			conversation.status = status;
			const snoozeUntil = status === 'Snoozed' ? new Date(Date.now() + snoozeMs).toISOString() : '';
			ctx.webhooks.fire('conversation.status_changed', {
				conversation_uuid: conversation.uuid,
				previous_status: previous,
				new_status: status,
				snooze_until: snoozeUntil,
				actor_id: user.id,
				conversation: conversationJson(state, conversation),
			});
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/priority',
		guard: 'conversations:update_priority',
		handle: withConversation((ctx, conversation) => {
			const { state, req, body } = ctx;
			const decoded = decodeJsonBody(req, body, { priority: 'string' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const priority = (decoded.value.priority as string | undefined) ?? '';
			if (priority === '') return errors.input('`priority` empty');
			// An unknown name silently clears the priority (priority_id = NULL); the same one changes nothing.
			const next = state.priorities.some((candidate) => candidate.name === priority)
				? priority
				: null;
			if (next === conversation.priority) return ok(true);
			conversation.priority = next;
			addActivity(ctx, conversation.id, 'priority_change', priority);
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/user',
		guard: 'conversations:update_user_assignee',
		handle: withConversation((ctx, conversation) => {
			const { state, req, body, user } = ctx;
			const decoded = decodeJsonBody(req, body, { assignee_id: 'int' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const id = (decoded.value.assignee_id as number | undefined) ?? 0;
			if (!state.findUser(id)) return errors.general(); // FK error
			if (conversation.assigned_user_id === id) return ok(true); // already assigned: no-op
			conversation.assigned_user_id = id;
			if (id === user.id) addActivity(ctx, conversation.id, 'self_assign', '');
			else addActivity(ctx, conversation.id, 'assigned_user_change', fullName(state.findUser(id)));
			ctx.webhooks.fire('conversation.assigned', {
				conversation_uuid: conversation.uuid,
				assigned_to: id,
				actor_id: user.id,
				conversation: conversationJson(state, conversation),
			});
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/team',
		guard: 'conversations:update_team_assignee',
		handle: withConversation((ctx, conversation) => {
			const { state, req, body } = ctx;
			const decoded = decodeJsonBody(req, body, { assignee_id: 'int' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const id = (decoded.value.assignee_id as number | undefined) ?? 0;
			const team = state.teams.find((candidate) => candidate.id === id);
			if (!team) return errors.input('Team not found');
			// The same team is a no-op: the agent stays.
			if (conversation.assigned_team_id === id) return ok(true);
			conversation.assigned_team_id = id;
			conversation.assigned_user_id = null;
			addActivity(ctx, conversation.id, 'assigned_team_change', team.name);
			// Libredesk reports every team change as conversation.unassigned (the agent is removed).
			ctx.webhooks.fire('conversation.unassigned', {
				conversation_uuid: conversation.uuid,
				actor_id: ctx.user.id,
				conversation: conversationJson(state, conversation),
			});
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:uuid/assignee/user/remove',
		guard: 'conversations:update_user_assignee',
		handle: withConversation((ctx, conversation) => {
			conversation.assigned_user_id = null;
			ctx.webhooks.fire('conversation.unassigned', {
				conversation_uuid: conversation.uuid,
				actor_id: ctx.user.id,
				conversation: conversationJson(ctx.state, conversation),
			});
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
		handle: withConversation((ctx, conversation) => {
			const { state, req, body } = ctx;
			const previous = [...conversation.tags];
			const decoded = decodeJsonBody(req, body, { tags: 'stringArray', action: 'string' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const action = (decoded.value.action as string | undefined) || 'set_tags';
			if (!['add_tags', 'remove_tags', 'set_tags'].includes(action))
				return errors.input('Invalid action');
			// Matched by name against existing tags; unknown names are silently ignored.
			const known = ((decoded.value.tags as string[] | undefined) ?? []).filter((name) =>
				state.tags.some((tag) => tag.name === name),
			);
			if (action === 'set_tags') conversation.tags = [...new Set(known)];
			if (action === 'add_tags') conversation.tags = [...new Set([...conversation.tags, ...known])];
			if (action === 'remove_tags')
				conversation.tags = conversation.tags.filter((tag) => !known.includes(tag));
			for (const tag of conversation.tags.filter((name) => !previous.includes(name)))
				addActivity(ctx, conversation.id, 'tag_added', tag);
			for (const tag of previous.filter((name) => !conversation.tags.includes(name)))
				addActivity(ctx, conversation.id, 'tag_removed', tag);
			ctx.webhooks.fire('conversation.tags_changed', {
				conversation_uuid: conversation.uuid,
				previous_tags: previous,
				new_tags: [...conversation.tags],
				actor_id: ctx.user.id,
				conversation: conversationJson(state, conversation),
			});
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
				return {
					status: 500,
					body: {
						status: 'error',
						message: 'Error parsing request',
						data: null,
						error_type: 'InputException',
					},
				};
			}
			if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
				return {
					status: 500,
					body: {
						status: 'error',
						message: 'Error parsing request',
						data: null,
						error_type: 'InputException',
					},
				};
			}
			conversation.custom_attributes = parsed as JsonObject; // replaces; keys not validated
			return ok(true);
		}),
	},
];
