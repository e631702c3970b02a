/**
 * Replay protection for signed deliveries. Libredesk signs the whole body, whose `timestamp`
 * (RFC3339, whole seconds) it sets when sending: a delivery stamped too far from now is refused,
 * and one already accepted (same signature, i.e. same secret and same bytes) is ignored.
 *
 * A delivery is remembered for as long as a copy of it could pass the age check, so every replay
 * inside Max Delivery Age is caught, however many deliveries arrive meanwhile. The memory is
 * bounded: at most REMEMBERED_PER_TRIGGER deliveries per trigger and REMEMBERED_IN_PROCESS in all
 * (about 150 bytes each). When it is full of deliveries still inside their window, a new delivery
 * is refused rather than let an older one be forgotten (see the README, Libredesk Trigger).
 *
 * The memory lives in this process: n8n does not save a workflow's static data from webhook
 * calls, so there is nothing shared to write to. In queue mode each webhook process remembers its
 * own deliveries; the age limit still bounds what a replay can do there.
 */

/** Deliveries one trigger remembers inside its age window. */
export const REMEMBERED_PER_TRIGGER = 10_000;
/** Deliveries all triggers of this process remember together. */
export const REMEMBERED_IN_PROCESS = 100_000;
/** With Max Delivery Age 0 (no age window) a trigger remembers only its latest deliveries. */
export const REMEMBERED_WITHOUT_AGE = 1_000;

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;

/** The delivery's time in milliseconds, or undefined when it has none Libredesk would write. */
export function deliveryTime(timestamp: unknown): number | undefined {
	if (typeof timestamp !== 'string' || !RFC3339.test(timestamp)) return undefined;
	const time = Date.parse(timestamp);
	return Number.isNaN(time) ? undefined : time;
}

/** Max Delivery Age in seconds, or undefined when the value is not a number of 0 or more. */
export function maxAgeSeconds(value: unknown): number | undefined {
	const seconds =
		typeof value === 'number'
			? value
			: typeof value === 'string' && value.trim() !== ''
				? Number(value)
				: NaN;
	return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Whether a delivery stamped at `time` is within `maxAgeSeconds` of `now`, either way (clock skew); 0 turns the check off. */
export function isFresh(time: number, now: number, maxAgeSeconds: number): boolean {
	if (!(maxAgeSeconds > 0)) return true;
	// Libredesk cuts the timestamp to the second: allow the second it was cut from.
	return Math.abs(now - time) <= maxAgeSeconds * 1000 + 1000;
}

/** Accepted deliveries by trigger: signature → when to forget it. Maps keep insertion order. */
const memory = new Map<string, Map<string, number>>();
let remembered = 0;

function forgetExpired(seen: Map<string, number>, now: number): void {
	for (const [key, forgetAt] of seen) {
		if (forgetAt >= now) break;
		seen.delete(key);
		remembered--;
	}
}

/** Drops what has expired in every trigger, and triggers with nothing left but `keep`. */
function sweep(now: number, keep: string): void {
	for (const [trigger, seen] of memory) {
		forgetExpired(seen, now);
		if (seen.size === 0 && trigger !== keep) memory.delete(trigger);
	}
}

/** `accepted` (remembered now), `duplicate` (accepted before) or `full` (cannot be remembered: refuse it). */
export type Acceptance = 'accepted' | 'duplicate' | 'full';

/**
 * Records the delivery as accepted, or says it was accepted already. Check and record happen
 * together, so two copies arriving at once start one run.
 */
export function acceptOnce(
	trigger: string,
	signature: string,
	now: number,
	maxAgeSeconds: number,
): Acceptance {
	let seen = memory.get(trigger);
	if (!seen) {
		seen = new Map<string, number>();
		memory.set(trigger, seen);
	}
	forgetExpired(seen, now);
	if (seen.has(signature)) return 'duplicate';
	const ageWindow = maxAgeSeconds > 0;
	if (!ageWindow && seen.size >= REMEMBERED_WITHOUT_AGE) {
		// No age window to cover: the oldest is dropped, as documented for Max Delivery Age 0.
		seen.delete(seen.keys().next().value as string);
		remembered--;
	}
	if (ageWindow && seen.size >= REMEMBERED_PER_TRIGGER) return 'full';
	if (remembered >= REMEMBERED_IN_PROCESS) {
		sweep(now, trigger);
		if (remembered >= REMEMBERED_IN_PROCESS) return 'full';
	}
	// Stamped up to the age limit ahead of acceptance, a copy stays fresh for twice the limit.
	seen.set(
		signature,
		ageWindow ? now + 2 * (maxAgeSeconds * 1000 + 1000) : Number.POSITIVE_INFINITY,
	);
	remembered++;
	return 'accepted';
}
