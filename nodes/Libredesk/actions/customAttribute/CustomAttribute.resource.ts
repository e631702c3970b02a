import { lookupResourceDescription } from '../shared/lookupList';
import type { LookupOperations } from '../shared/lookupList';
import * as getAll from './getAll.operation';

export const customAttributeOperations: LookupOperations = { getAll };

export const customAttributeDescription = lookupResourceDescription(
	'customAttribute',
	'custom attribute definitions',
	'List the custom attributes defined for contacts and conversations (key, type, allowed values)',
	customAttributeOperations,
);
