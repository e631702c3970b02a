import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

const operationOptions = [
	{
		name: 'Get',
		value: 'get',
		action: 'Get an SLA policy',
		description: 'Get an SLA policy with its targets and notifications (needs sla:manage)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many SLA policies',
		description: 'List the SLA policies (newest change first)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const slaPolicyOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { get, getAll };

export const slaPolicyDescription: INodeProperties[] = resourceProperties(
	'slaPolicy',
	operationOptions,
	'getAll',
	slaPolicyOperations,
);
