/**
 * Custom attribute values checked against their definitions, as Libredesk's own editor checks them
 * (frontend: the sidebar's CustomAttributes.vue) but before any request: Libredesk's API takes any
 * value, so a wrong one would be stored and then shown or filtered wrongly.
 */
import type { IDataObject } from 'n8n-workflow';

import type { AppliesTo, AttributeDefinition } from '../transport';
import type { InputChecker } from './validation';

type Value = IDataObject[string];

/** What a value of each data type may be, for the fix of a wrong one. */
const EXPECTED: Record<string, string> = {
	text: 'Enter text.',
	number: 'Enter a number, e.g. 42 or 4.5.',
	checkbox: 'Enter true or false.',
	date: 'Enter a date as YYYY-MM-DD (an ISO date-time is cut to its date).',
	link: 'Enter a full http(s) address, e.g. https://example.com/orders/1042.',
};

/** "order_id (text), plan (list: free, pro)": the keys a user may use, with what each takes. */
export function describeDefinitions(definitions: AttributeDefinition[]): string {
	if (!definitions.length) return 'none defined yet';
	return definitions
		.map((definition) =>
			definition.data_type === 'list'
				? `${definition.key} (list: ${(definition.values ?? []).join(', ')})`
				: `${definition.key} (${definition.data_type})`,
		)
		.join(', ');
}

/**
 * The values with each one in the form Libredesk's editor stores (a number as a number, a
 * checkbox as true/false, a date as YYYY-MM-DD). `null` stays null: the caller decides what it
 * means (remove in a merge, leave out in a create). Unknown keys are refused, naming the known.
 */
export function checkAttributeValues(
	check: InputChecker,
	field: string,
	appliesTo: AppliesTo,
	definitions: AttributeDefinition[],
	values: IDataObject,
): IDataObject {
	const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
	const unknown = Object.keys(values).filter((key) => !byKey.has(key));
	if (unknown.length) {
		throw check.fail(
			field,
			`has keys Libredesk does not define for ${appliesTo}s: ${unknown.join(', ')}`,
			`Use the keys of ${appliesTo} attributes (Admin → Custom Attributes): ${describeDefinitions(definitions)}.`,
		);
	}
	const checked: IDataObject = {};
	for (const [key, value] of Object.entries(values)) {
		const definition = byKey.get(key)!;
		checked[key] = value === null ? null : checkValue(check, field, definition, value);
	}
	return checked;
}

function checkValue(
	check: InputChecker,
	field: string,
	definition: AttributeDefinition,
	value: Value,
): Value {
	const wrong = (problem: string, fix = EXPECTED[definition.data_type] ?? 'Enter another value.') =>
		check.fail(
			field,
			`has ${definition.name} (${definition.key}, ${definition.data_type}) = ${show(value)}, ${problem}`,
			fix,
		);
	switch (definition.data_type) {
		case 'text': {
			if (typeof value !== 'string' && typeof value !== 'number') throw wrong('not text');
			const text = String(value);
			if (definition.regex && !matches(definition.regex, text))
				throw wrong(
					`which does not match its pattern ${definition.regex}`,
					definition.regex_hint || `Enter text that matches ${definition.regex}.`,
				);
			return text;
		}
		case 'number': {
			const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
			if (typeof number !== 'number' || !Number.isFinite(number)) throw wrong('not a number');
			return number;
		}
		case 'checkbox': {
			if (typeof value === 'boolean') return value;
			if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
				return value.trim().toLowerCase() === 'true';
			throw wrong('not true or false');
		}
		case 'date': {
			const date = isoDate(value);
			if (!date) throw wrong('not a date');
			return date;
		}
		case 'link': {
			if (typeof value !== 'string' || !isWebAddress(value.trim()))
				throw wrong('not an http(s) address');
			return value.trim();
		}
		case 'list': {
			const options = definition.values ?? [];
			if (
				(typeof value !== 'string' && typeof value !== 'number') ||
				!options.includes(String(value))
			)
				throw wrong('not one of its options', `Use one of: ${options.join(', ')}.`);
			return String(value);
		}
		default:
			// A type Libredesk's editor does not offer: its editor takes any value, so does the node.
			return value;
	}
}

/** A pattern Libredesk's editor cannot compile is skipped there, so here too. */
function matches(pattern: string, text: string): boolean {
	try {
		return new RegExp(pattern).test(text);
	} catch {
		return true;
	}
}

/**
 * The calendar date (YYYY-MM-DD) of an ISO date or date-time as written (its own offset, not
 * converted), of a Date, or of a Luxon DateTime such as `{{ $now }}`.
 */
function isoDate(value: Value | Date): string | undefined {
	if (value instanceof Date)
		return isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
	if (value && typeof value === 'object' && 'toISODate' in value) {
		const toISODate = (value as { toISODate: unknown }).toISODate;
		if (typeof toISODate === 'function') return isoDate(toISODate.call(value) as Value);
	}
	if (typeof value !== 'string') return undefined;
	const match =
		/^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
			value.trim(),
		);
	if (!match) return undefined;
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
		? `${year}-${month}-${day}`
		: undefined;
}

function isWebAddress(text: string): boolean {
	try {
		const url = new URL(text);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

function show(value: unknown): string {
	// JSON would show Infinity and NaN as null.
	if (typeof value === 'number') return String(value);
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}
