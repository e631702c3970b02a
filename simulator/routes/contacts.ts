/**
 * Contacts (cmd/contacts.go). The update is multipart and a full replace: avatar_url, the phone
 * fields and country are set to exactly what is sent, so leaving one out clears it, and leaving
 * out avatar_url deletes the avatar (query update-contact).
 */
import { isGoMailAddress } from '../goMail';
import { errors, ok, parseMultipart } from '../http';
import { decodeJsonBody } from '../route';
import type { Route, RouteContext } from '../route';
import { contactJson, userRowJson } from '../serialize';
import type { User } from '../state';
import { pageParams, pageResults, SEARCH_TOO_SHORT } from './conversationLists';

const CONTACT_ORDER = new Set(['users.email', 'users.created_at', 'users.updated_at']);

/** Go's strconv.Atoi: a path id that is not a positive number is 400 "Something went wrong". */
function pathId(ctx: RouteContext): number | undefined {
	const id = /^[+-]?\d+$/.test(ctx.params.id) ? Number(ctx.params.id) : 0;
	return id > 0 ? id : undefined;
}

function withContact(handler: (ctx: RouteContext, contact: User) => ReturnType<Route['handle']>) {
	return (ctx: RouteContext) => {
		const id = pathId(ctx);
		if (id === undefined) return errors.input('Something went wrong');
		const contact = ctx.state.users.find((user) => user.id === id && user.type === 'contact');
		if (!contact) return errors.notFound('User not found');
		return handler(ctx, contact);
	};
}

/** A contact as GetContactOrVisitor returns it (GET, update and block answer with it). */
function fullContactJson(contact: User) {
	return {
		...contactJson(contact),
		custom_attributes: null,
		meta: null,
		roles: null,
		permissions: null,
		teams: [],
		api_key: null,
		api_key_last_used_at: null,
	};
}

function noteJson(ctx: RouteContext, note: RouteContext['state']['contactNotes'][number]) {
	const author = ctx.state.findUser(note.user_id);
	return {
		...note,
		first_name: author?.first_name ?? '',
		last_name: author?.last_name ?? '',
		avatar_url: author?.avatar_url ?? null,
	};
}

export const contactRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/contacts',
		guard: 'contacts:read_all',
		handle: ({ state, query }) => {
			const orderBy = query.get('order_by');
			const order = (query.get('order') ?? 'asc').toLowerCase();
			if ((orderBy && !CONTACT_ORDER.has(orderBy)) || !['asc', 'desc'].includes(order))
				return errors.general();
			let rows = state.users.filter((user) => user.type === 'contact');
			if (orderBy) {
				const field = orderBy.split('.')[1] as 'email' | 'created_at' | 'updated_at';
				rows = [...rows].sort(
					(a, b) =>
						(a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.id - b.id) *
						(order === 'asc' ? 1 : -1),
				);
			}
			const { page, perPage } = pageParams(query);
			const result = pageResults(rows, page, perPage);
			return ok({
				...result,
				results: result.results.map(userRowJson),
			});
		},
	},
	{
		method: 'GET',
		path: '/api/v1/contacts/search',
		guard: 'contacts:read',
		handle: ({ state, query }) => {
			// Untrimmed and counted in bytes, matched with ILIKE.
			const q = (query.get('query') ?? '').toLowerCase();
			if (Buffer.byteLength(q) < 3) return errors.input(SEARCH_TOO_SHORT);
			return ok(
				state.users
					.filter((user) => user.type === 'contact' && user.email.toLowerCase().includes(q))
					.slice(0, 15)
					.map((user) => ({
						id: user.id,
						created_at: user.created_at,
						first_name: user.first_name,
						last_name: user.last_name,
						email: user.email,
						external_user_id: user.external_user_id,
					})),
			);
		},
	},
	{
		method: 'GET',
		path: '/api/v1/contacts/:id',
		guard: 'contacts:read',
		handle: withContact((_ctx, contact) => ok(fullContactJson(contact))),
	},
	{
		method: 'PUT',
		path: '/api/v1/contacts/:id',
		guard: 'contacts:write',
		handle: withContact(({ state, req, body }, contact) => {
			const parts = parseMultipart(req.headers['content-type'], body);
			if (!parts) return errors.general(500, 'Error parsing request');
			const field = (name: string) => {
				const part = parts.find(
					(candidate) => candidate.name === name && candidate.fileName === undefined,
				);
				return part ? part.data.toString('utf8') : undefined;
			};
			// Only the email is trimmed; nothing is lower-cased. The email is checked before the name.
			const firstName = field('first_name') ?? '';
			const email = (field('email') ?? '').trim();
			if (email === '') return errors.input('email empty');
			if (!isGoMailAddress(email)) return errors.input('Invalid email address');
			if (firstName === '') return errors.input('first_name empty');
			// The unique index covers contacts without an external ID, and compares case-sensitively.
			if (
				state.users.some(
					(user) =>
						user.type === 'contact' &&
						user.id !== contact.id &&
						user.external_user_id === null &&
						contact.external_user_id === null &&
						user.email === email,
				)
			) {
				return errors.input('Another contact with same email already exists');
			}
			const optional = (name: string) => {
				const value = field(name) ?? '';
				return value === '' || value === 'null' ? null : value;
			};
			Object.assign(contact, {
				first_name: firstName,
				last_name: field('last_name') ?? '',
				email,
				phone_number: optional('phone_number'),
				phone_number_country_code: optional('phone_number_country_code'),
				country: optional('country'),
				avatar_url: optional('avatar_url'),
				updated_at: state.now(),
			});
			return ok(fullContactJson(contact));
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
			return ok(fullContactJson(contact));
		}),
	},
	{
		method: 'GET',
		path: '/api/v1/contacts/:id/notes',
		guard: 'contact_notes:read',
		// No check that the contact exists: an unknown one simply has no notes.
		handle: (ctx) => {
			const id = pathId(ctx);
			if (id === undefined) return errors.input('Something went wrong');
			return ok(
				ctx.state.contactNotes
					.filter((note) => note.contact_id === id)
					.sort((a, b) => b.id - a.id)
					.map((note) => noteJson(ctx, note)),
			);
		},
	},
	{
		method: 'POST',
		path: '/api/v1/contacts/:id/notes',
		guard: 'contact_notes:write',
		handle: (ctx) => {
			const id = pathId(ctx);
			const decoded = decodeJsonBody(ctx.req, ctx.body, { note: 'string' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const text = (decoded.value.note as string | undefined) ?? '';
			if (text === '') return errors.input('note empty');
			// The insert fails on the foreign key when the contact does not exist.
			if (id === undefined || !ctx.state.users.some((user) => user.id === id))
				return errors.general();
			const at = ctx.state.now();
			const note = {
				id: ctx.state.nextId('notes'),
				contact_id: id,
				note: text,
				user_id: ctx.user.id,
				created_at: at,
				updated_at: at,
			};
			ctx.state.contactNotes.push(note);
			return ok(noteJson(ctx, note));
		},
	},
];
