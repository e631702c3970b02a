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
		action: 'Create a team',
		description: 'Add a team (needs teams:manage)',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a team',
		description: 'Delete a team (needs teams:manage)',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a team',
		description: 'Get a team with its settings (needs teams:manage)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many teams',
		description: 'List the teams (ID, name, emoji)',
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a team',
		description: 'Change some settings of a team and keep the others (needs teams:manage)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const teamOperations: Record<OperationValue<typeof operationOptions>, LibredeskOperation> = {
	create,
	delete: del,
	get,
	getAll,
	update,
};

export const teamDescription: INodeProperties[] = resourceProperties(
	'team',
	operationOptions,
	'getAll',
	teamOperations,
);
