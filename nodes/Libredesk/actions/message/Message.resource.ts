import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as addIncomingMessage from './addIncomingMessage.operation';
import * as addPrivateNote from './addPrivateNote.operation';
import * as deleteMessage from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as retry from './retry.operation';
import * as search from './search.operation';
import * as sendReply from './sendReply.operation';

const operationOptions = [
	{
		name: 'Add Incoming Message',
		value: 'addIncomingMessage',
		action: 'Record an incoming customer message',
		description:
			'Record a message the customer sent elsewhere (form, chat, SMS) as if they wrote it in the conversation',
	},
	{
		name: 'Add Private Note',
		value: 'addPrivateNote',
		action: 'Add a private note to a conversation',
		description: 'Add a note only agents see, optionally mentioning agents or teams',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a private note',
		description: 'Delete a private note from a conversation (Libredesk deletes only notes)',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a message',
		description: 'Get one message of a conversation, optionally with its attachments as files',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many messages',
		description:
			'List the messages of a conversation, newest first, optionally with their attachments as files',
	},
	{
		name: 'Retry',
		value: 'retry',
		action: 'Retry sending a failed reply',
		description: 'Send a reply again whose email failed',
	},
	{
		name: 'Search',
		value: 'search',
		action: 'Search messages',
		description:
			'Find messages, notes included, whose text contains a word or phrase (up to 30, with their conversation)',
	},
	{
		name: 'Send Reply',
		value: 'sendReply',
		action: 'Send a reply in a conversation',
		description: 'Email a reply to the customer from the conversation',
	},
] as const satisfies readonly INodePropertyOptions[];

/** operation value -> module; the compiler checks it against the options above. */
export const messageOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = {
	addIncomingMessage,
	addPrivateNote,
	delete: deleteMessage,
	get,
	getAll,
	retry,
	search,
	sendReply,
};

export const messageDescription: INodeProperties[] = resourceProperties(
	'message',
	operationOptions,
	'sendReply',
	messageOperations,
);
