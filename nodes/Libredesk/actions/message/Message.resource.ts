import type { INodeProperties } from 'n8n-workflow';

import * as addPrivateNote from './addPrivateNote.operation';
import * as getAll from './getAll.operation';
import * as sendReply from './sendReply.operation';

export const messageOperations = { addPrivateNote, getAll, sendReply };

const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['message'] } },
	options: [
		{ name: 'Add Private Note', value: 'addPrivateNote', action: 'Add a private note to a conversation', description: 'Add a note only agents see, optionally mentioning agents or teams' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many messages', description: 'List the messages of a conversation, newest first' },
		{ name: 'Send Reply', value: 'sendReply', action: 'Send a reply in a conversation', description: 'Email a reply to the customer from the conversation' },
	],
	default: 'sendReply',
};

export const messageDescription: INodeProperties[] = [operation, ...Object.values(messageOperations).flatMap((module) => module.description)];
