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
		action: 'Create a tag',
		description: 'Add a tag that conversations can be tagged with (needs tags:manage)',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a tag',
		description: 'Delete a tag and remove it from all conversations (needs tags:manage)',
	},
	{ name: 'Get Many', value: 'getAll', action: 'Get many tags', description: 'List the tags' },
	{
		name: 'Update',
		value: 'update',
		action: 'Rename a tag',
		description: 'Rename a tag (needs tags:manage)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const tagOperations: Record<OperationValue<typeof operationOptions>, LibredeskOperation> = {
	create,
	delete: del,
	getAll,
	update,
};

export const tagDescription: INodeProperties[] = resourceProperties(
	'tag',
	operationOptions,
	'getAll',
	tagOperations,
);
