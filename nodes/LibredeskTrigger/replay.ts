/**
 * Replay protection for signed deliveries. Libredesk signs the whole body, whose `timestamp`
 * (RFC3339, whole seconds) it sets when sending: a delivery stamped too far from now is refused,
 * and one already accepted (same signature, i.e. same secret and same bytes) is ignored.
 *
 * The memory of accepted deliveries lives in this process: n8n does not save a workflow's static
 * data from webhook calls, so there is nothing shared to write to. In queue mode each webhook
 * process remembers its own deliveries; the age limit still bounds what a replay can do there.
 */

/** How many accepted deliveries each trigger remembers; older ones also expire with the age limit. */
export const REMEMBERED_PER_TRIGGER = 1000;
/** How many triggers this process keeps a memory for (least recently used is dropped). */
export const REMEMBERED_TRIGGERS = 500;

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;

/** The delivery's time in milliseconds, or undefined when it has none Libredesk would write. */
export function deliveryTime(timestamp: unknown): number | undefined {
	if (typeof timestamp !== 'string' || !RFC3339.test(timestamp)) return undefined;
	const time = Date.parse(timestamp);
	return Number.isNaN(time) ? undefined : time;
}

/** Whether a delivery stamped at `time` is within `maxAgeSeconds` of `now`, either way (clock skew); 0 turns the check off. */
export function isFresh(time: number, now: number, maxAgeSeconds: number): boolean {
	if (!(maxAgeSeconds > 0)) return true;
	// Libredesk cuts the timestamp to the second: allow the second it was cut from.
	return Math.abs(now - time) <= maxAgeSeconds * 1000 + 1000;
}

/** Accepted deliveries by trigger: signature → when to forget it. Maps keep insertion order. */
const memory = new Map<string, Map<string, number>>();

/**
 * Records the delivery as accepted and answers true, or answers false when this trigger accepted
 * it already. Check and record happen together, so two copies arriving at once start one run.
 */
export function acceptOnce(
	trigger: string,
	signature: string,
	now: number,
	maxAgeSeconds: number,
): boolean {
	let seen = memory.get(trigger);
	if (seen) memory.delete(trigger);
	seen ??= new Map<string, number>();
	memory.set(trigger, seen);
	if (memory.size > REMEMBERED_TRIGGERS) memory.delete(memory.keys().next().value as string);

	for (const [key, forgetAt] of seen) {
		if (forgetAt >= now) break;
		seen.delete(key);
	}
	if (seen.has(signature)) return false;
	// Without an age limit a delivery is remembered until REMEMBERED_PER_TRIGGER newer ones push it out.
	const keepFor = maxAgeSeconds > 0 ? 2 * (maxAgeSeconds * 1000 + 1000) : Number.POSITIVE_INFINITY;
	seen.set(signature, now + keepFor);
	if (seen.size > REMEMBERED_PER_TRIGGER) seen.delete(seen.keys().next().value as string);
	return true;
}
