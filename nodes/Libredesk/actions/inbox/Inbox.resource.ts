import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as disable from './disable.operation';
import * as enable from './enable.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

const operationOptions = [
	{
		name: 'Disable',
		value: 'disable',
		action: 'Disable an inbox',
		description: 'Turn an inbox off unless it already is (needs inboxes:manage)',
	},
	{
		name: 'Enable',
		value: 'enable',
		action: 'Enable an inbox',
		description: 'Turn an inbox on unless it already is (needs inboxes:manage)',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get an inbox',
		description: 'Get an inbox without its mail settings (needs inboxes:manage)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many inboxes',
		description: 'List the inboxes (email and live chat)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const inboxOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { disable, enable, get, getAll };

export const inboxDescription: INodeProperties[] = resourceProperties(
	'inbox',
	operationOptions,
	'getAll',
	inboxOperations,
);
