import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

const operationOptions = [
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
] as const satisfies readonly INodePropertyOptions[];

export const macroOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { get, getAll };

export const macroDescription: INodeProperties[] = resourceProperties(
	'macro',
	operationOptions,
	'getAll',
	macroOperations,
);
