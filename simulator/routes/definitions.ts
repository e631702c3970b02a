/**
 * Tag creation (cmd/tags.go: empty name 400, duplicate 409 "Tag already exists"), custom
 * attribute definitions (cmd/custom_attributes.go: `applies_to` empty lists all) and deleting a
 * contact note (cmd/contacts.go: an Admin deletes any note, others only their own; an unknown
 * note is not an error for an Admin, since the DELETE simply matches no row).
 */
import { errors, fail, ok } from '../http';
import { decodeJsonBody } from '../route';
import type { Route } from '../route';
import { definitionJson } from './customAttributes';

export const definitionRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/v1/tags',
		guard: 'tags:manage',
		handle: ({ state, req, body }) => {
			const decoded = decodeJsonBody(req, body, { name: 'string' });
			if (!decoded.ok) return errors.input('Error parsing request');
			const name = (decoded.value.name as string | undefined) ?? '';
			if (name === '') return errors.input('`name` empty');
			if (state.tags.some((tag) => tag.name === name))
				return fail(409, 'Tag already exists', 'ConflictException');
			const at = state.now();
			const tag = { id: state.nextId('tags'), name, created_at: at, updated_at: at };
			state.tags.push(tag);
			return ok({ ...tag });
		},
	},
	{
		method: 'GET',
		path: '/api/v1/custom-attributes',
		guard: 'auth',
		handle: ({ state, query }) => {
			const appliesTo = query.get('applies_to') ?? '';
			const at = state.now();
			return ok(
				state.customAttributes
					.filter((attribute) => appliesTo === '' || attribute.applies_to === appliesTo)
					.map((attribute) => definitionJson(attribute, at)),
			);
		},
	},
	{
		method: 'DELETE',
		path: '/api/v1/contacts/:id/notes/:noteid',
		guard: 'contact_notes:delete',
		handle: ({ state, params, user }) => {
			const contactId = Number(params.id);
			const noteId = Number(params.noteid);
			if (!(contactId > 0) || !(noteId > 0)) return errors.input('Something went wrong');
			if (!user.roles.includes('Admin')) {
				const note = state.contactNotes.find((candidate) => candidate.id === noteId);
				if (!note) return errors.general();
				if (note.user_id !== user.id)
					return fail(403, 'You can only delete your own note', 'InputException');
			}
			state.contactNotes = state.contactNotes.filter(
				(note) => !(note.id === noteId && note.contact_id === contactId),
			);
			return ok(true);
		},
	},
];
