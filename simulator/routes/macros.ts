/**
 * Macros (cmd/macro.go). Apply takes the actions in the request body (Libredesk's UI sends the
 * macro's own), refuses duplicate action types (400) and actions a macro may not run (403), needs
 * each action's permission (403), and answers plain JSON, not the envelope: 200 "Macro applied",
 * 207 when only some actions worked, a 500 envelope when none did.
 */
import { errors, ok } from '../http';
import type { SimResponse } from '../http';
import type { Route, RouteContext } from '../route';
import { pathNumber } from '../route';
import type { Conversation, Macro } from '../state';
import { changeTags } from './conversationEvents';
import type { TagAction } from './conversationEvents';
import { addActivity, findConversation, fullName } from './conversationRecords';

const ACTION_PERMISSIONS: Record<string, string> = {
	assign_team: 'conversations:update_team_assignee',
	assign_user: 'conversations:update_user_assignee',
	set_status: 'conversations:update_status',
	set_priority: 'conversations:update_priority',
	add_tags: 'conversations:update_tags',
	set_tags: 'conversations:update_tags',
	remove_tags: 'conversations:update_tags',
};

/** ApplyAction for the action types a macro may run; false when the action fails. */
function applyAction(
	ctx: RouteContext,
	conversation: Conversation,
	action: { type: string; value: string[] },
): boolean {
	const { state } = ctx;
	const id = Number(action.value[0]);
	switch (action.type) {
		case 'assign_team': {
			const team = state.teams.find((candidate) => candidate.id === id);
			if (!team) return false;
			Object.assign(conversation, { assigned_team_id: id, assigned_user_id: null });
			addActivity(ctx, conversation.id, 'assigned_team_change', team.name);
			return true;
		}
		case 'assign_user': {
			const agent = state.findUser(id);
			if (!agent) return false;
			conversation.assigned_user_id = id;
			addActivity(ctx, conversation.id, 'assigned_user_change', fullName(agent));
			return true;
		}
		case 'set_status':
		case 'set_priority': {
			const records = action.type === 'set_status' ? state.statuses : state.priorities;
			const record = records.find((candidate) => candidate.id === id);
			if (!record) return false;
			if (action.type === 'set_status') conversation.status = record.name;
			else conversation.priority = record.name;
			addActivity(
				ctx,
				conversation.id,
				action.type === 'set_status' ? 'status_change' : 'priority_change',
				record.name,
			);
			return true;
		}
		default:
			changeTags(ctx, conversation, action.type as TagAction, action.value);
			return true;
	}
}

/**
 * models.Macro: `user_id` and `team_id` are written as strings (Go's `json:",string"`). Reads add
 * each action's `display_value`; the answers of create and update do not.
 */
export function macroJson(macro: Macro, withDisplayValues = true) {
	return {
		...macro,
		user_id: macro.user_id === null ? null : String(macro.user_id),
		team_id: macro.team_id === null ? null : String(macro.team_id),
		actions: macro.actions.map((action) =>
			withDisplayValues ? { ...action, display_value: [] } : { ...action },
		),
	};
}

/** The macro of the path's `:id`, or Libredesk's 400 (not a number) or 404 "Macro not found". */
export function findMacro(ctx: RouteContext): { macro: Macro } | { response: SimResponse } {
	const id = pathNumber(ctx);
	if (id === 0) return { response: errors.input('Something went wrong') };
	const macro = ctx.state.macros.find((candidate) => candidate.id === id);
	return macro ? { macro } : { response: errors.notFound('Macro not found') };
}

export const macroRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/macros',
		guard: 'auth',
		handle: ({ state }) => ok(state.macros.map((macro) => macroJson(macro))),
	},
	{
		method: 'GET',
		path: '/api/v1/macros/:id',
		guard: 'macros:manage',
		handle: (ctx) => {
			const found = findMacro(ctx);
			return 'macro' in found ? ok(macroJson(found.macro)) : found.response;
		},
	},
	{
		method: 'POST',
		path: '/api/v1/conversations/:uuid/macros/:id/apply',
		guard: 'auth',
		handle: (ctx) => {
			const found = findConversation(ctx.state, ctx.params.uuid);
			if (!found.conversation) return found.response;
			const macro = ctx.state.macros.find((candidate) => candidate.id === Number(ctx.params.id));
			if (!macro) return errors.notFound('Macro not found');
			let actions: Array<{ type: string; value: string[] }>;
			try {
				actions = JSON.parse(ctx.body.toString('utf8') || '[]');
				if (!Array.isArray(actions)) throw new Error('not a list');
			} catch {
				return errors.input('Something went wrong');
			}
			if (new Set(actions.map((action) => action.type)).size !== actions.length)
				return errors.input('Duplicate actions not allowed');
			for (const action of actions) {
				if (!ACTION_PERMISSIONS[action.type])
					return errors.permission(`${action.type} action not allowed`);
				if (!ctx.permissions.includes(ACTION_PERMISSIONS[action.type]))
					return errors.permission('Permission denied for some macro actions');
			}
			const applied = actions.filter(
				(action) =>
					Array.isArray(action.value) &&
					action.value.length > 0 &&
					applyAction(ctx, found.conversation, action),
			).length;
			if (actions.length > 0 && applied === 0) return errors.general(500, 'Could not apply macro');
			macro.usage_count++;
			found.conversation.updated_at = ctx.state.now();
			return applied < actions.length
				? { status: 207, body: { message: 'Macro partially applied' } }
				: { status: 200, body: { message: 'Macro applied' } };
		},
	},
];
