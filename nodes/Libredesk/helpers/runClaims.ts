/**
 * Values that must be unique in Libredesk (a tag's name, an agent's email, …) and that two items
 * of one run may both give: each would pass the checks against Libredesk's lists, and Libredesk
 * would refuse the second only after the first was written. So each item claims its value while
 * it is prepared, and an item that gives a value an earlier item of the run claimed for another
 * record is refused before anything is sent. The claims live on the execution's context.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import type { InputChecker } from './validation';

interface Claim {
	itemIndex: number;
	/** The record the value goes to; undefined for a record the item creates. */
	recordId?: number | string;
}

const claimsByContext = new WeakMap<object, Map<string, Map<string, Claim>>>();

export interface UniqueValue {
	/** The kind of record, e.g. "tag" or "contact attribute". */
	noun: string;
	/** What of it is unique, e.g. "name" or "email". */
	what: string;
	/** The field as the user sees it, e.g. "Name". */
	field: string;
	/** The value as Libredesk compares it (e.g. lowercased where Libredesk is case-insensitive). */
	value: string;
	/** The record the value is given to; leave out for a new record. */
	recordId?: number | string;
}

/** Fails if an earlier item of this run gave `value` to another (or a new) record; else claims it. */
export function claimUnique(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	unique: UniqueValue,
): void {
	let kinds = claimsByContext.get(this);
	if (!kinds) claimsByContext.set(this, (kinds = new Map()));
	const kind = `${unique.noun} ${unique.what}`;
	let claims = kinds.get(kind);
	if (!claims) kinds.set(kind, (claims = new Map()));
	const earlier = claims.get(unique.value);
	if (earlier && earlier.itemIndex !== itemIndex) {
		if (earlier.recordId !== undefined && earlier.recordId === unique.recordId) return;
		const owner =
			earlier.recordId === undefined
				? `a new ${unique.noun}`
				: `${unique.noun} ${earlier.recordId}`;
		throw check.fail(
			unique.field,
			`is "${unique.value}", which item ${earlier.itemIndex} of this run already gives ${owner}`,
			`Each ${kind} is unique in Libredesk, which would refuse item ${itemIndex} only after item ${earlier.itemIndex} was written. Give each item its own ${unique.what}, or remove the duplicate items before this node.`,
		);
	}
	claims.set(unique.value, { itemIndex, recordId: unique.recordId });
}
