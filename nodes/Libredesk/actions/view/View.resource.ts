import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as getAll from './getAll.operation';
import * as getConversations from './getConversations.operation';

const operationOptions = [
	{
		name: 'Get Conversations',
		value: 'getConversations',
		action: 'Get the conversations of a view',
		description: "List the conversations of a saved view, filtered by the view's own filters",
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many views',
		description: "List the API key's personal views and the views shared with it",
	},
] as const satisfies readonly INodePropertyOptions[];

/** operation value -> module; the compiler checks it against the options above. */
export const viewOperations: Record<OperationValue<typeof operationOptions>, LibredeskOperation> = {
	getAll,
	getConversations,
};

export const viewDescription: INodeProperties[] = resourceProperties(
	'view',
	operationOptions,
	'getConversations',
	viewOperations,
);
