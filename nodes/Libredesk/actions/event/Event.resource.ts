import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as deduplicate from './deduplicate.operation';

const operationOptions = [
	{
		name: 'Deduplicate',
		value: 'deduplicate',
		action: 'Pass each trigger event once',
		description:
			'Pass on only the items whose event ID has not passed before, across executions and both Libredesk triggers (the no-loss set-up); nothing is sent to Libredesk',
	},
] as const satisfies readonly INodePropertyOptions[];

export const eventOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { deduplicate };

export const eventDescription: INodeProperties[] = resourceProperties(
	'event',
	operationOptions,
	'deduplicate',
	eventOperations,
);
