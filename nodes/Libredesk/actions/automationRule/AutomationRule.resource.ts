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
		action: 'Disable an automation rule',
		description: 'Turn a rule off unless it already is (needs automations:manage)',
	},
	{
		name: 'Enable',
		value: 'enable',
		action: 'Enable an automation rule',
		description: 'Turn a rule on unless it already is (needs automations:manage)',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get an automation rule',
		description: 'Get a rule with its conditions and actions (needs automations:manage)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many automation rules',
		description: 'List many rules, of one type or of every type (needs automations:manage)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const automationRuleOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { disable, enable, get, getAll };

export const automationRuleDescription: INodeProperties[] = resourceProperties(
	'automationRule',
	operationOptions,
	'getAll',
	automationRuleOperations,
);
