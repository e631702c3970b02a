import type { IDataObject } from 'n8n-workflow';

import type { Settled } from '../concurrency';
import { OutputWithBinary } from './operationTypes';
import type { OperationOutput } from './operationTypes';

/** How many records the error text lists; all of them are in the error's context. */
const LISTED = 20;
const KEYS = ['uuid', 'id', 'reference_number'] as const;

/** "0–3, 5, 7–9" */
export function itemRanges(indexes: number[]): string {
	const parts: string[] = [];
	for (let start = 0; start < indexes.length;) {
		let end = start;
		while (end + 1 < indexes.length && indexes[end + 1] === indexes[end] + 1) end++;
		parts.push(end === start ? String(indexes[start]) : `${indexes[start]}–${indexes[end]}`);
		start = end + 1;
	}
	return parts.join(', ');
}

function identify(itemIndex: number, record: IDataObject): IDataObject {
	const found: IDataObject = { itemIndex };
	for (const key of KEYS)
		if (record[key] !== undefined && record[key] !== null) found[key] = record[key];
	return found;
}

function describe(found: IDataObject): string {
	const named = KEYS.filter((key) => found[key] !== undefined).map(
		(key) => `${key} ${String(found[key])}`,
	);
	return `item ${String(found.itemIndex)}${named.length ? ` (${named.join(', ')})` : ''}`;
}

/**
 * When a run stops at a failed item, what the other items had already done in Libredesk, so that
 * the user does not run them again (a create is not idempotent). Nothing for reads.
 */
export function alreadyDone(
	operation: string,
	results: Array<Settled<OperationOutput | OperationOutput[]>>,
	failedIndex: number,
): { text: string; records: IDataObject[] } | undefined {
	if (/^(get|search)/.test(operation)) return undefined;
	const creates = /^(create|add\w*(Note|Message)|send)/.test(operation);
	const done: number[] = [];
	const notSent: number[] = [];
	const alsoFailed: number[] = [];
	const records: IDataObject[] = [];
	results.forEach((settled, itemIndex) => {
		if (settled === undefined) notSent.push(itemIndex);
		if (settled?.ok === false && itemIndex !== failedIndex) alsoFailed.push(itemIndex);
		if (!settled?.ok) return;
		done.push(itemIndex);
		const values = Array.isArray(settled.value) ? settled.value : [settled.value];
		for (const record of values)
			records.push(
				identify(itemIndex, record instanceof OutputWithBinary ? record.json : (record ?? {})),
			);
	});
	if (done.length === 0 && alsoFailed.length === 0 && notSent.length === 0) return undefined;
	const lines: string[] = [];
	if (done.length === 0) {
		lines.push(
			`No other item had been ${creates ? 'created' : 'changed'} in Libredesk when item ${failedIndex} failed.`,
		);
	} else {
		const listed = records.slice(0, LISTED).map(describe).join('; ');
		const more =
			records.length > LISTED
				? `; and ${records.length - LISTED} more (all in this error's details, under alreadyDone)`
				: '';
		lines.push(
			`Already ${creates ? 'created' : 'changed'} in Libredesk before the run stopped (item${done.length > 1 ? 's' : ''} ${itemRanges(done)}): ${listed}${more}.`,
			creates
				? 'Running the node again on the same items creates those again: remove them from the input first, or turn on "Continue On Fail" in the node settings to get each item\'s outcome as output.'
				: 'Turn on "Continue On Fail" in the node settings to get each item\'s outcome as output.',
		);
	}
	if (alsoFailed.length)
		lines.push(
			`Also failed while it ran: item${alsoFailed.length > 1 ? 's' : ''} ${itemRanges(alsoFailed)}.`,
		);
	if (notSent.length)
		lines.push(`Not sent: item${notSent.length > 1 ? 's' : ''} ${itemRanges(notSent)}.`);
	return { text: lines.join(' '), records };
}
