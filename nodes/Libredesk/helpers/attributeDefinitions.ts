/**
 * The custom attributes an admin defined in Libredesk (Admin → Custom Attributes), read with
 * transport's `fetchAttributeDefinitions`. Libredesk stores any key and any value on a conversation or
 * contact without looking at these definitions (a create only drops unknown keys), so the node
 * checks values against them. Each list is read once per execution (cached on its context).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { fetchAttributeDefinitions } from '../transport';
import type { AppliesTo, AttributeDefinition } from '../transport';
import { ExecutionCache } from './executionCache';

const cache = new ExecutionCache<AppliesTo, AttributeDefinition[]>();

/** The definitions, read once per execution however many items ask. */
export async function attributeDefinitions(
	this: IExecuteFunctions,
	appliesTo: AppliesTo,
	itemIndex: number,
): Promise<AttributeDefinition[]> {
	return await cache.get(this, appliesTo, () =>
		fetchAttributeDefinitions.call(this, appliesTo, itemIndex),
	);
}
