import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

const operationOptions = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a macro',
		description: 'Add a macro with its actions and reply text (needs macros:manage)',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a macro',
		description: 'Delete a macro (needs macros:manage)',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a macro',
		description: 'Get a macro with its actions and reply text (needs macros:manage)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many macros',
		description: 'List the macros with their actions and reply text',
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a macro',
		description: 'Change some fields of a macro and keep the others (needs macros:manage)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const macroOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { create, delete: del, get, getAll, update };

export const macroDescription: INodeProperties[] = resourceProperties(
	'macro',
	operationOptions,
	'getAll',
	macroOperations,
);
