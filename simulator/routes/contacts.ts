/**
 * Contacts (cmd/contacts.go). The update is multipart and a full replace: avatar_url, the phone
 * fields and country are set to exactly what is sent, so leaving one out clears it, and leaving
 * out avatar_url deletes the avatar (query update-contact).
 */
import { errors, ok, parseMultipart } from '../http';
import { decodeJsonBody } from '../route';
import type { Route, RouteContext } from '../route';
import { contactJson } from '../serialize';
import type { User } from '../state';
import { pageParams, pageResults } from './conversationLists';

const CONTACT_ORDER = new Set(['users.email', 'users.created_at', 'users.updated_at']);

function withContact(handler: (ctx: RouteContext, contact: User) => ReturnType<Route['handle']>) {
	return (ctx: RouteContext) => {
		const contact = ctx.state.users.find((user) => user.id === Number(ctx.params.id) && user.type === 'contact');
		if (!/^\d+$/.test(ctx.params.id) || !contact) return errors.notFound('User not found');
		return handler(ctx, contact);
	};
}

function noteJson(ctx: RouteContext, note: RouteContext['state']['contactNotes'][number]) {
	const author = ctx.state.findUser(note.user_id);
	return { ...note, first_name: author?.first_name ?? '', last_name: author?.last_name ?? '', avatar_url: author?.avatar_url ?? null };
}

export const contactRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/contacts',
		guard: 'contacts:read_all',
		handle: ({ state, query }) => {
			const orderBy = query.get('order_by');
			const order = (query.get('order') ?? 'asc').toLowerCase();
			if ((orderBy && !CONTACT_ORDER.has(orderBy)) || !['asc', 'desc'].includes(order)) return errors.general();
			let rows = state.users.filter((user) => user.type === 'contact');
			if (orderBy) {
				const field = orderBy.split('.')[1] as 'email' | 'created_at' | 'updated_at';
				rows = [...rows].sort((a, b) => (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.id - b.id) * (order === 'asc' ? 1 : -1));
			}
			const { page, perPage } = pageParams(query);
			const result = pageResults(rows, page, perPage);
			return ok({
				...result,
				results: result.results.map((user) => {
					const { id, type, first_name, last_name, email, enabled, avatar_url, external_user_id, created_at, updated_at } = contactJson(user);
					return { id, type, first_name, last_name, email, enabled, avatar_url, external_user_id, availability_status: 'offline', created_at, updated_at };
				}),
			});
		},
	},
	{
		method: 'GET',
		path: '/api/v1/contacts/search',
		guard: 'contacts:read',
		handle: ({ state, query }) => {
			const q = (query.get('query') ?? '').trim().toLowerCase();
			if (q.length < 3) return errors.input('Please enter at least 3 characters to search.');
			return ok(
				state.users
					.filter((user) => user.type === 'contact' && user.email.includes(q))
					.slice(0, 15)
					.map((user) => ({ id: user.id, created_at: user.created_at, first_name: user.first_name, last_name: user.last_name, email: user.email, external_user_id: user.external_user_id })),
			);
		},
	},
	{ method: 'GET', path: '/api/v1/contacts/:id', guard: 'contacts:read', handle: withContact((_ctx, contact) => ok({ ...contactJson(contact), meta: {}, roles: [], permissions: [], teams: [], api_key: null, api_key_last_used_at: null })) },
	{
		method: 'PUT',
		path: '/api/v1/contacts/:id',
		guard: 'contacts:write',
		handle: withContact(({ state, req, body }, contact) => {
			const parts = parseMultipart(req.headers['content-type'], body);
			if (!parts) return errors.general(500, 'Error parsing request');
			const field = (name: string) => {
				const part = parts.find((candidate) => candidate.name === name && candidate.fileName === undefined);
				return part ? part.data.toString('utf8') : undefined;
			};
			const firstName = (field('first_name') ?? '').trim();
			const email = (field('email') ?? '').trim().toLowerCase();
			if (firstName === '') return errors.input('`first_name` Required');
			if (email === '') return errors.input('`email` Required');
			if (!/^[^\s@<>]+@[^\s@<>]+$/.test(email)) return errors.input('Invalid email address');
			if (state.users.some((user) => user.type === 'contact' && user.id !== contact.id && user.email === email)) {
				return errors.input('Another contact with same email already exists');
			}
			const avatar = field('avatar_url');
			Object.assign(contact, {
				first_name: firstName,
				last_name: field('last_name') ?? '',
				email,
				phone_number: field('phone_number') ?? null,
				phone_number_country_code: field('phone_number_country_code') ?? null,
				country: field('country') ?? null,
				avatar_url: avatar === undefined || avatar === 'null' ? null : avatar,
				updated_at: state.now(),
			});
			return ok(contactJson(contact));
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/contacts/:id/block',
		guard: 'contacts:block',
		handle: withContact(({ state, req, body }, contact) => {
			const decoded = decodeJsonBody(req, body, { enabled: 'bool' });
			if (!decoded.ok) return errors.input('Error parsing request');
			contact.enabled = decoded.value.enabled === true;
			contact.updated_at = state.now();
			return ok(true);
		}),
	},
	{
		method: 'GET',
		path: '/api/v1/contacts/:id/notes',
		guard: 'contact_notes:read',
		handle: withContact((ctx, contact) => ok(ctx.state.contactNotes.filter((note) => note.contact_id === contact.id).sort((a, b) => b.id - a.id).map((note) => noteJson(ctx, note)))),
	},
	{
		method: 'POST',
		path: '/api/v1/contacts/:id/notes',
		guard: 'contact_notes:write',
		handle: withContact((ctx, contact) => {
			const decoded = decodeJsonBody(ctx.req, ctx.body, { note: 'string' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const text = ((decoded.value.note as string | undefined) ?? '').trim();
			if (text === '') return errors.input('`note` Required');
			const at = ctx.state.now();
			const note = { id: ctx.state.nextId('notes'), contact_id: contact.id, note: text, user_id: ctx.user.id, created_at: at, updated_at: at };
			ctx.state.contactNotes.push(note);
			return ok(noteJson(ctx, note));
		}),
	},
];
