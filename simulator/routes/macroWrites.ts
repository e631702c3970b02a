/**
 * Macro writes (cmd/macro.go, internal/macro). Create and update decode `user_id` and `team_id` as
 * Go `,string` fields (a number is a 400 "Error parsing request" / "decode failed"), then need a
 * name, a `visible_when` and a JSON list of actions each with a value (400s). Any action type and
 * any visibility without its team or agent are stored; an unknown `visible_when` is a bare 500, as
 * is an update of a missing macro. Delete of a missing macro is a 404 "Macro not found".
 */
import { errors, fail, ok } from '../http';
import type { SimResponse } from '../http';
import { pathNumber } from '../route';
import type { Route, RouteContext } from '../route';
import type { Macro } from '../state';
import { findMacro, macroJson } from './macros';

const VISIBLE_WHEN = ['replying', 'starting_conversation', 'adding_private_note'];

type MacroFields = Pick<
	Macro,
	'name' | 'message_content' | 'visibility' | 'visible_when' | 'actions' | 'user_id' | 'team_id'
>;

/** A Go `,string` *int: absent or null is nil, a quoted number is the number, anything else fails. */
function stringId(raw: unknown): number | null | undefined {
	if (raw === undefined || raw === null) return null;
	return typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : undefined;
}

function macroBody(
	ctx: RouteContext,
	decodeError: string,
): MacroFields | { response: SimResponse } {
	let parsed: Record<string, unknown>;
	try {
		parsed = JSON.parse(ctx.body.toString('utf8') || '{}') as Record<string, unknown>;
	} catch {
		return { response: fail(400, decodeError, 'InputException') };
	}
	const userId = stringId(parsed.user_id);
	const teamId = stringId(parsed.team_id);
	if (userId === undefined || teamId === undefined)
		return { response: fail(400, decodeError, 'InputException') };
	const name = typeof parsed.name === 'string' ? parsed.name : '';
	const visibleWhen = Array.isArray(parsed.visible_when) ? (parsed.visible_when as string[]) : [];
	if (name === '') return { response: errors.input('`name` empty') };
	if (visibleWhen.length === 0) return { response: errors.input('`visible_when` empty') };
	if (!Array.isArray(parsed.actions)) return { response: errors.input('Something went wrong') };
	const actions = parsed.actions as Macro['actions'];
	for (const action of actions)
		if (!Array.isArray(action.value) || action.value.length === 0)
			return { response: errors.input(`${action.type} empty`) };
	if (!visibleWhen.every((entry) => VISIBLE_WHEN.includes(entry)))
		return { response: errors.general() };
	if (!['all', 'team', 'user'].includes(parsed.visibility as string))
		return { response: errors.general() };
	return {
		name,
		message_content: typeof parsed.message_content === 'string' ? parsed.message_content : '',
		visibility: parsed.visibility as Macro['visibility'],
		visible_when: visibleWhen,
		actions: actions.map(({ type, value }) => ({ type, value })),
		user_id: userId,
		team_id: teamId,
	};
}

export const macroWriteRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/v1/macros',
		guard: 'macros:manage',
		handle: (ctx) => {
			const body = macroBody(ctx, 'Error parsing request');
			if ('response' in body) return body.response;
			const at = ctx.state.now();
			const macro: Macro = {
				id: ctx.state.nextId('macros'),
				created_at: at,
				updated_at: at,
				usage_count: 0,
				...body,
			};
			ctx.state.macros.push(macro);
			return ok(macroJson(macro, false));
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/macros/:id',
		guard: 'macros:manage',
		handle: (ctx) => {
			if (pathNumber(ctx) === 0) return errors.input('Invalid macro `id`.');
			const body = macroBody(ctx, 'decode failed');
			if ('response' in body) return body.response;
			const macro = ctx.state.macros.find((candidate) => candidate.id === pathNumber(ctx));
			if (!macro) return errors.general();
			Object.assign(macro, body, { updated_at: ctx.state.now() });
			return ok(macroJson(macro, false));
		},
	},
	{
		method: 'DELETE',
		path: '/api/v1/macros/:id',
		guard: 'macros:manage',
		handle: (ctx) => {
			const found = findMacro(ctx);
			if (!('macro' in found)) return found.response;
			ctx.state.macros = ctx.state.macros.filter((candidate) => candidate !== found.macro);
			return ok(true);
		},
	},
];
