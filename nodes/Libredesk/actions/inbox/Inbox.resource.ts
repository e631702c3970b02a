import { lookupResourceDescription } from '../shared/lookupList';
import type { LookupOperations } from '../shared/lookupList';
import * as getAll from './getAll.operation';

export const inboxOperations: LookupOperations = { getAll };

export const inboxDescription = lookupResourceDescription(
	'inbox',
	'inboxes',
	'List the inboxes (email and live chat)',
	inboxOperations,
);
