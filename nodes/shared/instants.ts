/**
 * Libredesk's timestamps (Go's RFC 3339 with up to nanoseconds, in the database's zone) as
 * microseconds since 1970, so that two of them compare exactly: JavaScript's Date keeps only
 * milliseconds, and Postgres stores microseconds.
 */
const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/i;

/** Microseconds since 1970 of an RFC 3339 timestamp, or undefined for anything else. */
export function micros(value: unknown): number | undefined {
	if (typeof value !== 'string') return undefined;
	const match = RFC3339.exec(value.trim());
	if (!match) return undefined;
	const seconds = Date.parse(`${match[1]}${match[3].toUpperCase()}`);
	if (Number.isNaN(seconds)) return undefined;
	const fraction = Number((match[2] ?? '').padEnd(6, '0').slice(0, 6));
	return seconds * 1000 + fraction;
}

/** An RFC 3339 UTC timestamp with microseconds, as Postgres reads it in a filter. */
export function timestamp(value: number): string {
	const whole = Math.floor(value / 1_000_000) * 1_000_000;
	const base = new Date(whole / 1000).toISOString().slice(0, 19);
	return `${base}.${String(value - whole).padStart(6, '0')}Z`;
}

/** Whether `value` is later than `bound`; no bound means the start of time. */
export function isAfter(value: unknown, bound: number | undefined): boolean {
	const at = micros(value);
	return at !== undefined && (bound === undefined || at > bound);
}
