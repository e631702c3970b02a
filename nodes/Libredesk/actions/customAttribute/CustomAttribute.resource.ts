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
		action: 'Create a custom attribute',
		description:
			'Define a custom attribute of conversations or contacts (needs custom_attributes:manage)',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a custom attribute',
		description: 'Delete a custom attribute definition (needs custom_attributes:manage)',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a custom attribute',
		description: 'Get a custom attribute definition (needs custom_attributes:manage)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many custom attribute definitions',
		description:
			'List the custom attributes defined for contacts and conversations (key, type, allowed values)',
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a custom attribute',
		description:
			'Change the label, description, values or regex of a custom attribute (needs custom_attributes:manage)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const customAttributeOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { create, delete: del, get, getAll, update };

export const customAttributeDescription: INodeProperties[] = resourceProperties(
	'customAttribute',
	operationOptions,
	'getAll',
	customAttributeOperations,
);
