import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as setAvailability from './setAvailability.operation';
import * as update from './update.operation';

const operationOptions = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create an agent',
		description: 'Add an agent with roles and teams (needs users:manage)',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete an agent',
		description: 'Delete an agent and unassign their open conversations (needs users:manage)',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get an agent',
		description: 'Get an agent with roles, teams and permissions (needs users:manage)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many agents',
		description: 'List the agents, e.g. to find the ID to assign to',
	},
	{
		name: 'Set Availability',
		value: 'setAvailability',
		action: 'Set the availability of an agent',
		description: 'Set an agent online, away or offline (needs users:manage)',
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update an agent',
		description: 'Change some fields of an agent and keep the others (needs users:manage)',
	},
] as const satisfies readonly INodePropertyOptions[];

export const agentOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = { create, delete: del, get, getAll, setAvailability, update };

export const agentDescription: INodeProperties[] = resourceProperties(
	'agent',
	operationOptions,
	'getAll',
	agentOperations,
);
