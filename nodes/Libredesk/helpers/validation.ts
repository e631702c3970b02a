import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INode } from 'n8n-workflow';

/**
 * Checks on user input that run before any request, so that a bad item never reaches Libredesk.
 * Each failure names the item and the field as the user sees it, and says how to fix it. The
 * triggers, which have no items, leave out the item.
 */
export class InputChecker {
	constructor(
		private readonly node: INode,
		private readonly itemIndex?: number,
	) {}

	fail(field: string, problem: string, fix: string): NodeOperationError {
		if (this.itemIndex === undefined)
			return new NodeOperationError(this.node, `The "${field}" ${problem}`, { description: fix });
		return new NodeOperationError(
			this.node,
			`The "${field}" of item ${this.itemIndex} ${problem}`,
			{ itemIndex: this.itemIndex, description: fix },
		);
	}

	/** A non-empty string, trimmed; `maxLength` mirrors Libredesk's database limits. */
	requiredText(field: string, value: unknown, fix: string, maxLength?: number): string {
		const text = this.optionalText(field, value, maxLength);
		if (text === '') throw this.fail(field, 'is empty', fix);
		return text;
	}

	optionalText(field: string, value: unknown, maxLength?: number): string {
		if (value === undefined || value === null) return '';
		if (typeof value !== 'string' && typeof value !== 'number') {
			throw this.fail(field, `is ${describe(value)}, not text`, 'Map a text value to it.');
		}
		const text = String(value).trim();
		// Libredesk's limits count characters (Postgres), not UTF-16 units: "😀" is one.
		const length = [...text].length;
		if (maxLength !== undefined && length > maxLength) {
			throw this.fail(
				field,
				`is ${length} characters long`,
				`Libredesk stores at most ${maxLength} characters here; shorten it.`,
			);
		}
		return text;
	}

	/** Libredesk's search endpoints refuse queries under 3 bytes (UTF-8; "€" alone is enough). */
	searchQuery(field: string, value: unknown, fix: string): string {
		const query = this.requiredText(field, value, fix);
		if (utf8Length(query) < 3)
			throw this.fail(
				field,
				`has ${query.length} characters`,
				'Libredesk searches with at least 3 characters; enter more.',
			);
		return query;
	}

	/** Libredesk wants a bare address (`jane@example.com`, not `Jane <jane@example.com>`). */
	email(field: string, value: unknown): string {
		const email = this.requiredText(
			field,
			value,
			'Enter the email address of the contact, e.g. jane@example.com.',
			320,
		);
		if (!isBareEmail(email)) {
			throw this.fail(
				field,
				`is not a valid email address: "${email}"`,
				'Use a bare address such as jane@example.com, without a display name or angle brackets.',
			);
		}
		return email.toLowerCase();
	}

	/** A binary property name (or prefix) to write files to: letters, digits, `_` and `-`. */
	propertyName(field: string, value: unknown, example: string): string {
		const name = this.requiredText(field, value, `Enter a name such as ${example}.`);
		if (!/^[A-Za-z0-9_-]+$/.test(name))
			throw this.fail(
				field,
				`is "${name}"`,
				`Use letters, digits, "_" and "-" only, e.g. ${example}.`,
			);
		return name;
	}

	positiveInteger(field: string, value: unknown, fix: string): number {
		const id = toPositiveInteger(value);
		if (id === undefined) {
			throw this.fail(field, `is not a positive whole number: ${show(value)}`, fix);
		}
		return id;
	}

	/** IDs as `"4, 7"`, a single number, or an array from an expression. Empty gives `[]`. */
	idList(field: string, value: unknown, fix: string): number[] {
		if (value === undefined || value === null || value === '') return [];
		const parts: unknown[] = Array.isArray(value)
			? value
			: typeof value === 'string'
				? value
						.split(',')
						.map((part) => part.trim())
						.filter((part) => part !== '')
				: [value];
		return parts.map((part) => {
			const id = toPositiveInteger(part);
			if (id === undefined) {
				throw this.fail(field, `contains ${show(part)}, which is not a positive whole number`, fix);
			}
			return id;
		});
	}

	/** Names separated by commas, or an array from an expression. Empty gives `[]`. */
	nameList(field: string, value: unknown): string[] {
		if (value === undefined || value === null || value === '') return [];
		if (!Array.isArray(value) && typeof value !== 'string' && typeof value !== 'number') {
			throw this.fail(
				field,
				`is ${describe(value)}, not a list of names`,
				'Enter names separated by commas, or map a list of names.',
			);
		}
		const parts = Array.isArray(value) ? value : String(value).split(',');
		const names = parts.map((part) => this.optionalText(field, part)).filter((part) => part !== '');
		// "data, data" names one property once: a repeated name would upload or send it twice.
		return [...new Set(names)];
	}

	/** A JSON object, given as an object (expression) or as JSON text. Empty gives `{}`. */
	jsonObject(field: string, value: unknown, fix: string): IDataObject {
		let parsed: unknown = value;
		if (value === undefined || value === null || value === '') return {};
		if (typeof value === 'string') {
			try {
				parsed = JSON.parse(value);
			} catch {
				throw this.fail(field, 'is not valid JSON', fix);
			}
		}
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
			throw this.fail(field, `is ${describe(parsed)}, not a JSON object`, fix);
		}
		// JavaScript treats "__proto__" as the object's prototype, not a key: it would vanish on the way.
		const hidden = prototypeKeyPath(parsed);
		if (hidden)
			throw this.fail(
				field,
				`has the key "__proto__"${hidden === '__proto__' ? '' : ` (at ${hidden})`}, which cannot be sent as a key`,
				'Rename or remove that key.',
			);
		return parsed as IDataObject;
	}
}

/** Where a JSON value holds an own `__proto__` key (e.g. `__proto__` or `order.__proto__`), if anywhere. */
function prototypeKeyPath(value: unknown, path = ''): string | undefined {
	if (!value || typeof value !== 'object') return undefined;
	if (!Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, '__proto__'))
		return path ? `${path}.__proto__` : '__proto__';
	for (const [key, child] of Object.entries(value)) {
		const found = prototypeKeyPath(child, path ? `${path}.${key}` : key);
		if (found) return found;
	}
	return undefined;
}

/**
 * Libredesk matches reference numbers exactly and does not trim: "#1042" or " 1042" find nothing,
 * so a leading "#" (as Libredesk shows references) and surrounding spaces are dropped.
 */
export function referenceQuery(value: unknown): unknown {
	return typeof value === 'string' ? value.trim().replace(/^#\s*/, '') : value;
}

export function utf8Length(text: string): number {
	return new TextEncoder().encode(text).length;
}

export function toPositiveInteger(value: unknown): number | undefined {
	if (typeof value === 'number') {
		return Number.isSafeInteger(value) && value > 0 ? value : undefined;
	}
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) {
		return toPositiveInteger(Number(value));
	}
	return undefined;
}

/**
 * Libredesk's own check (stringutil.ValidEmail): Go's net/mail must parse the text back to itself.
 * A dot-atom local part (visible ASCII except ()<>[]:;@\\," and any non-ASCII character) and a
 * dot-atom domain (`_`, UTF-8 and single labels allowed) or an IPv4 literal such as [192.0.2.1].
 */
const ATEXT = '[^\\x00-\\x20\\x7f()<>\\[\\]:;@\\\\,".]';
const DOT_ATOM = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const GO_MAIL_ADDRESS = new RegExp(
	`^${DOT_ATOM}@(?:${DOT_ATOM}|\\[${OCTET}(?:\\.${OCTET}){3}\\])$`,
	'u',
);

export function isBareEmail(email: string): boolean {
	return GO_MAIL_ADDRESS.test(email);
}

/** The kind of a value with its article, as a sentence needs it: "a list", "an object", "null". */
function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	return typeof value === 'undefined'
		? 'empty'
		: `a ${typeof value === 'bigint' ? 'number' : typeof value}`;
}

function show(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}
