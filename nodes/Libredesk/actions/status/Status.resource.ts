import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

const operationOptions = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a status',
		description: 'Add a conversation status (needs status:manage)',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a status',
		description: 'Delete a status no conversation has (needs status:manage)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many statuses',
		description: "List the conversation statuses, Libredesk's and your own",
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a status',
		description: 'Rename a status or change its category (needs status:manage)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const statusOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { create, delete: del, getAll, update };

export const statusDescription: INodeProperties[] = resourceProperties(
	'status',
	operationOptions,
	'getAll',
	statusOperations,
);
