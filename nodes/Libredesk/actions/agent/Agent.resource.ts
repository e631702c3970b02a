import * as getAll from './getAll.operation';
import { lookupResourceDescription } from '../shared/lookupList';

export const agentOperations = { getAll };

export const agentDescription = lookupResourceDescription('agent', 'agents', 'List the agents, e.g. to find the ID to assign to', agentOperations);
