/**
 * Tag writes (cmd/tags.go, internal/tag). Only Create maps a duplicate name to 409; Update answers
 * a missing ID or a taken name with 500, and Delete answers success for an ID that does not exist.
 * Conversations hold tags by name here, so a rename or delete reaches them as Libredesk's join does.
 */
import { errors, fail, ok } from '../http';
import { decodeJsonBody, pathNumber, pgLength } from '../route';
import type { Route, RouteContext } from '../route';
import type { SimResponse } from '../http';

/** The decoded `name`, or the 400 Libredesk answers for a bad body or an empty name. */
function tagName(ctx: RouteContext): { name: string } | { response: SimResponse } {
	const decoded = decodeJsonBody(ctx.req, ctx.body, { name: 'string' });
	if (!decoded.ok) return { response: errors.input('Error parsing request') };
	const name = (decoded.value.name as string | undefined) ?? '';
	if (name === '') return { response: errors.input('`name` empty') };
	return { name };
}

export const tagRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/v1/tags',
		guard: 'tags:manage',
		handle: (ctx) => {
			const read = tagName(ctx);
			if ('response' in read) return read.response;
			const { state } = ctx;
			if (state.tags.some((tag) => tag.name === read.name))
				return fail(409, 'Tag already exists', 'ConflictException');
			if (pgLength(read.name) > 140) return errors.general();
			const at = state.now();
			const tag = { id: state.nextId('tags'), created_at: at, updated_at: at, name: read.name };
			state.tags.push(tag);
			return ok({ ...tag });
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/tags/:id',
		guard: 'tags:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id <= 0) return errors.input('Something went wrong');
			const read = tagName(ctx);
			if ('response' in read) return read.response;
			const { state } = ctx;
			const tag = state.tags.find((candidate) => candidate.id === id);
			const taken = state.tags.some((other) => other.id !== id && other.name === read.name);
			if (!tag || taken || pgLength(read.name) > 140) return errors.general();
			for (const conversation of state.conversations)
				conversation.tags = conversation.tags.map((name) => (name === tag.name ? read.name : name));
			Object.assign(tag, { name: read.name, updated_at: state.now() });
			return ok({ ...tag });
		},
	},
	{
		method: 'DELETE',
		path: '/api/v1/tags/:id',
		guard: 'tags:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id <= 0) return errors.input('Something went wrong');
			const { state } = ctx;
			const tag = state.tags.find((candidate) => candidate.id === id);
			if (tag) {
				state.tags = state.tags.filter((candidate) => candidate !== tag);
				for (const conversation of state.conversations)
					conversation.tags = conversation.tags.filter((name) => name !== tag.name);
			}
			return ok(true);
		},
	},
];
