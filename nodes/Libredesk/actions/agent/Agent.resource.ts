import { lookupResourceDescription } from '../shared/lookupList';
import type { LookupOperations } from '../shared/lookupList';
import * as getAll from './getAll.operation';

export const agentOperations: LookupOperations = { getAll };

export const agentDescription = lookupResourceDescription(
	'agent',
	'agents',
	'List the agents, e.g. to find the ID to assign to',
	agentOperations,
);
