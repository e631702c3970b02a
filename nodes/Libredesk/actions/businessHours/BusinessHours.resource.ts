import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

const operationOptions = [
	{
		name: 'Get',
		value: 'get',
		action: 'Get business hours',
		description: 'Get business hours with their days and holidays (needs business_hours:manage)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many business hours',
		description: 'List the business hours with their days and holidays (newest change first)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const businessHoursOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { get, getAll };

export const businessHoursDescription: INodeProperties[] = resourceProperties(
	'businessHours',
	operationOptions,
	'getAll',
	businessHoursOperations,
);
