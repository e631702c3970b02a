/**
 * The custom attributes an admin defined in Libredesk (Admin → Custom Attributes), read from
 * `GET /custom-attributes?applies_to=…`. Libredesk stores any key and any value on a conversation or
 * contact without looking at these definitions (a create only drops unknown keys), so the node
 * checks values against them. Each list is read once per execution (cached on its context).
 */
import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { libredeskList } from '../transport';
import { ExecutionCache } from './executionCache';

export type AppliesTo = 'conversation' | 'contact';

/** One definition as Libredesk answers it (internal/custom_attribute/models). */
export interface AttributeDefinition {
	key: string;
	name: string;
	/** Libredesk's editor offers text, number, checkbox, date, link and list. */
	data_type: string;
	/** The options of a list. */
	values?: string[] | null;
	/** A pattern text values must match (Libredesk's own editor checks it), with its hint. */
	regex?: string | null;
	regex_hint?: string | null;
	description?: string | null;
}

export async function fetchAttributeDefinitions(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	appliesTo: AppliesTo,
	itemIndex?: number,
): Promise<AttributeDefinition[]> {
	return (await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/custom-attributes',
		qs: { applies_to: appliesTo },
		itemIndex,
	})) as unknown as AttributeDefinition[];
}

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
