/**
 * Status writes (cmd/statuses.go, internal/conversation/status). A name is at most 25 bytes (Go's
 * len) and unique (a taken one is a bare 500); the category is open, waiting or resolved. The four
 * default statuses cannot be renamed or deleted (400), a missing ID is a bare 500, and a status some
 * conversation has cannot be deleted (400). Conversations hold statuses by name here, so a rename
 * reaches them as Libredesk's foreign key does.
 */
import { errors, ok } from '../http';
import type { SimResponse } from '../http';
import { decodeJsonBody, pathNumber } from '../route';
import type { Route, RouteContext } from '../route';

const DEFAULT_STATUSES = ['Open', 'Snoozed', 'Resolved', 'Closed'];
const CATEGORIES = ['open', 'waiting', 'resolved'];

/** The decoded, validated name and category, or Libredesk's 400 for them. */
function statusBody(
	ctx: RouteContext,
): { name: string; category: string } | { response: SimResponse } {
	const decoded = decodeJsonBody(ctx.req, ctx.body, { name: 'string', category: 'string' });
	if (!decoded.ok) return { response: errors.input('Error parsing request') };
	const name = (decoded.value.name as string | undefined) ?? '';
	const category = (decoded.value.category as string | undefined) ?? '';
	if (name === '') return { response: errors.input('`name` empty') };
	if (Buffer.byteLength(name) > 25)
		return { response: errors.input('Status is too long, should be at most 25 characters') };
	if (!CATEGORIES.includes(category)) return { response: errors.input('validation.invalidFields') };
	return { name, category };
}

export const statusRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/v1/statuses',
		guard: 'status:manage',
		handle: (ctx) => {
			const read = statusBody(ctx);
			if ('response' in read) return read.response;
			const { state } = ctx;
			if (state.statuses.some((status) => status.name === read.name)) return errors.general();
			const status = { id: state.nextId('statuses'), created_at: state.now(), ...read };
			state.statuses.push(status);
			return ok({ ...status });
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/statuses/:id',
		guard: 'status:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id === 0) return errors.input('Something went wrong');
			const read = statusBody(ctx);
			if ('response' in read) return read.response;
			const { state } = ctx;
			const status = state.statuses.find((candidate) => candidate.id === id);
			if (!status) return errors.general();
			if (DEFAULT_STATUSES.includes(status.name))
				return errors.input('Cannot update default conversation status');
			if (state.statuses.some((other) => other.id !== id && other.name === read.name))
				return errors.general();
			for (const conversation of state.conversations)
				if (conversation.status === status.name) conversation.status = read.name;
			Object.assign(status, read);
			return ok({ ...status });
		},
	},
	{
		method: 'DELETE',
		path: '/api/v1/statuses/:id',
		guard: 'status:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id <= 0) return errors.input('Something went wrong');
			const { state } = ctx;
			const status = state.statuses.find((candidate) => candidate.id === id);
			if (!status) return errors.general();
			if (DEFAULT_STATUSES.includes(status.name))
				return errors.input('Cannot update default conversation status');
			if (state.conversations.some((conversation) => conversation.status === status.name))
				return errors.input(
					'Cannot delete status as it is in use, Please remove this status from all conversations before deleting',
				);
			state.statuses = state.statuses.filter((candidate) => candidate !== status);
			return ok(true);
		},
	},
];
