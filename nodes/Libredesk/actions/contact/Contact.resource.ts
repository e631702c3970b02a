import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as addNote from './addNote.operation';
import * as block from './block.operation';
import * as deleteNote from './deleteNote.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getNotes from './getNotes.operation';
import * as search from './search.operation';
import * as unblock from './unblock.operation';
import * as update from './update.operation';
import * as updateCustomAttributes from './updateCustomAttributes.operation';

const operationOptions = [
	{
		name: 'Add Note',
		value: 'addNote',
		action: 'Add a note to a contact',
		description: 'Add a note agents see on the contact page',
	},
	{
		name: 'Block',
		value: 'block',
		action: 'Block a contact',
		description: 'Block a contact; outputs the updated contact',
	},
	{
		name: 'Delete Note',
		value: 'deleteNote',
		action: 'Delete a note of a contact',
		description: 'Delete one of the notes on a contact',
	},
	{ name: 'Get', value: 'get', action: 'Get a contact', description: 'Get a contact by ID' },
	{ name: 'Get Many', value: 'getAll', action: 'Get many contacts', description: 'List contacts' },
	{
		name: 'Get Notes',
		value: 'getNotes',
		action: 'Get the notes of a contact',
		description: 'List the notes on a contact',
	},
	{
		name: 'Search',
		value: 'search',
		action: 'Search contacts by email',
		description: 'Find contacts by all or part of their email address',
	},
	{
		name: 'Unblock',
		value: 'unblock',
		action: 'Unblock a contact',
		description: 'Unblock a contact; outputs the updated contact',
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a contact',
		description: 'Change some fields of a contact and keep the others',
	},
	{
		name: 'Update Custom Attributes',
		value: 'updateCustomAttributes',
		action: 'Update custom attributes of a contact',
		description:
			"Merge custom attributes into a contact's, through one of its conversations; outputs the contact",
	},
] as const satisfies readonly INodePropertyOptions[];

/** operation value -> module; the compiler checks it against the options above. */
export const contactOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = {
	addNote,
	block,
	deleteNote,
	get,
	getAll,
	getNotes,
	search,
	unblock,
	update,
	updateCustomAttributes,
};

export const contactDescription: INodeProperties[] = resourceProperties(
	'contact',
	operationOptions,
	'get',
	contactOperations,
);
