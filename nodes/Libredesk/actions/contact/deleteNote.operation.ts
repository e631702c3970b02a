/**
 * Libredesk answers a delete of a note that does not exist (or belongs to another contact) with
 * success, so the node checks that the contact has the note while the item is prepared.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactId } from '../../helpers/recordIds';
import { ExecutionCache } from '../../helpers/executionCache';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest, libredeskList } from '../../transport';
import { contactLocator } from '../shared/descriptions';

export const description: INodeProperties[] = [
	contactLocator(),
	{
		displayName: 'Note ID',
		name: 'noteId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 17',
		description:
			'The ID of the note, e.g. from Get Notes. Agents can delete only their own notes; admins any.',
	},
];

/** Each contact's notes, read once per execution however many items delete one of them. */
const notesOf = new ExecutionCache<number, IDataObject[]>();

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const noteId = check.positiveInteger(
		'Note ID',
		this.getNodeParameter('noteId', itemIndex),
		'Map the numeric `id` of a note, e.g. from Get Notes.',
	);
	const id = contactId.call(this, check, itemIndex);
	const notes = await notesOf.get(
		this,
		id,
		async () =>
			await libredeskList.call(this, {
				method: 'GET',
				endpoint: `/contacts/${id}/notes`,
				itemIndex,
				permission: 'contact_notes:read',
			}),
	);
	if (!notes.some((note) => note.id === noteId)) {
		throw check.fail(
			'Note ID',
			`is ${noteId}, but contact ${id} has no note with that ID`,
			`Use the ID of one of the contact's notes (Get Notes): ${notes.map((note) => String(note.id)).join(', ') || 'the contact has none'}.`,
		);
	}
	return { id, noteId };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; noteId: number },
): Promise<IDataObject> {
	await libredeskApiRequest.call(this, {
		method: 'DELETE',
		endpoint: `/contacts/${request.id}/notes/${request.noteId}`,
		itemIndex,
		permission: 'contact_notes:delete',
		hints: {
			403: "The API key's role lacks contact_notes:delete, or the note was written by another agent: only admins delete other agents' notes.",
		},
	});
	return { deleted: true, id: request.noteId, contact_id: request.id };
}
