import { lookupResourceDescription } from '../shared/lookupList';
import type { LookupOperations } from '../shared/lookupList';
import * as getAll from './getAll.operation';

export const teamOperations: LookupOperations = { getAll };

export const teamDescription = lookupResourceDescription(
	'team',
	'teams',
	'List the teams (ID, name, emoji)',
	teamOperations,
);
