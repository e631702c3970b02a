import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export const conversationOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['conversation'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a conversation',
			description:
				'Open a new conversation in an email inbox, for a new or existing contact, with its first message',
		},
	],
	default: 'create',
};

export const conversationDescription: INodeProperties[] = [conversationOperations, ...create.description];
