import * as getAll from './getAll.operation';
import { lookupResourceDescription } from '../shared/lookupList';

export const customAttributeOperations = { getAll };

export const customAttributeDescription = lookupResourceDescription(
	'customAttribute',
	'custom attribute definitions',
	'List the custom attributes defined for contacts and conversations (key, type, allowed values)',
	customAttributeOperations,
);
