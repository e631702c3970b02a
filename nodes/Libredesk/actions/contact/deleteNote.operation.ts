/**
 * Libredesk answers a delete of a note that does not exist (or belongs to another contact) with
 * success, so the node first checks that the contact has the note.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactId } from '../../helpers/recordIds';
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

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const noteId = check.positiveInteger(
		'Note ID',
		this.getNodeParameter('noteId', itemIndex),
		'Map the numeric `id` of a note, e.g. from Get Notes.',
	);
	return { id: contactId.call(this, check, itemIndex), noteId };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; noteId: number },
): Promise<IDataObject> {
	const notes = await libredeskList.call(this, {
		method: 'GET',
		endpoint: `/contacts/${request.id}/notes`,
		itemIndex,
		permission: 'contact_notes:read',
	});
	if (!notes.some((note) => note.id === request.noteId)) {
		throw new InputChecker(this.getNode(), itemIndex).fail(
			'Note ID',
			`is ${request.noteId}, but contact ${request.id} has no note with that ID`,
			`Use the ID of one of the contact's notes (Get Notes): ${notes.map((note) => String(note.id)).join(', ') || 'the contact has none'}.`,
		);
	}
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
