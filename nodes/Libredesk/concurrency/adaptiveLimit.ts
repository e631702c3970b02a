/**
 * "Requests in Parallel: Auto": how many items to have under way, learnt from Libredesk's answer
 * times (a latency-based limit in the manner of TCP Vegas and gradient limiters). Libredesk's own
 * CPU (bcrypt on every request) is usually what sets the pace: past that point more requests in
 * flight only wait inside Libredesk, next to the agents using it, so the limit grows only while
 * answers come back as fast as the quickest seen, and shrinks as soon as they slow down.
 *
 * When n8n's own CPU is what slows the answers down, fewer requests would only lose speed, so
 * the delivery rate counts too (as in TCP BBR): a round that answered clearly more per second
 * than any before grows the limit, and a shrink stops at what the best rate seen needs at the
 * quickest answer time.
 *
 * Pure: the caller passes the clock, measures each task's time and says whether Libredesk pushed
 * back (429/503, timeout).
 */
export interface AdaptiveLimitOptions {
	initial?: number;
	max?: number;
}

/** A round's median answer time up to this many times the quickest round's counts as flat. */
export const FLAT_RATIO = 1.25;
/** Between flat and this, the limit is held; above it, it shrinks. */
export const HOLD_RATIO = 1.6;
/** After a shrink, the limit is set so that answers would take this many times the quickest. */
export const TARGET_RATIO = 1.3;
/** A shrink stops at this many times the best rate × the quickest time (the work under way). */
export const FLOOR_GAIN = 1.5;
/** A round that answered this many times the best rate so far grows the limit, however slow. */
export const RATE_GAIN = 1.25;

export class AdaptiveLimit {
	private value: number;
	private readonly max: number;
	/** Every change starts a new round; a round is judged only on the tasks started in it. */
	private round = 0;
	private roundTimes: number[] = [];
	/** The quickest round's median answer time so far (a median: one lucky answer is not the base). */
	private baseMs = Infinity;
	/** Doubling until answers first clearly slow down, as TCP's slow start. */
	private doubling = true;
	/** The round started by the last back-off; a push-back from a task of an older round is already answered. */
	private backedOffAt = -1;
	private highest: number;
	/** When the first task of the current round started (ms, the caller's clock). */
	private roundStartedAt: number | undefined;
	/** The best delivery rate of a round so far, tasks per ms. */
	private bestRate = 0;

	constructor(options: AdaptiveLimitOptions = {}) {
		this.max = Math.max(1, Math.floor(options.max ?? 50));
		this.value = Math.min(this.max, Math.max(1, options.initial ?? 2));
		this.highest = this.limit;
	}

	/** How many tasks may be under way now. */
	get limit(): number {
		return Math.floor(this.value);
	}

	/** The highest limit reached so far. */
	get peak(): number {
		return this.highest;
	}

	/** Call as a task starts, at `now` (ms); hand the returned round to `finish`. */
	start(now: number): number {
		this.roundStartedAt ??= now;
		return this.round;
	}

	/**
	 * A task started in `round` ended after `elapsedMs`. `pushedBack`: Libredesk answered 429 or
	 * 503, or a request timed out, while it ran; its time is then no measure of the load.
	 */
	finish(round: number, elapsedMs: number, pushedBack: boolean, now: number): void {
		if (pushedBack) {
			if (round < this.backedOffAt) return;
			this.doubling = false;
			this.bestRate /= 2;
			this.set(this.value / 2);
			this.backedOffAt = this.round;
			return;
		}
		if (round !== this.round || !Number.isFinite(elapsedMs) || elapsedMs < 0) return;
		this.roundTimes.push(elapsedMs);
		if (this.roundTimes.length < this.limit) return;

		const typical = median(this.roundTimes);
		this.baseMs = Math.min(this.baseMs, typical);
		// The round's tasks over the time from its first start to its last answer: never more
		// than were really answered, even when the answers come in a burst.
		const took = now - (this.roundStartedAt ?? now);
		const rate = took > 0 ? this.roundTimes.length / took : 0;
		// More under way got clearly more answered: the wait is n8n's own, not Libredesk's.
		const paidOff = this.bestRate > 0 && rate >= this.bestRate * RATE_GAIN;
		this.bestRate = Math.max(this.bestRate, rate);
		const ratio = this.baseMs > 0 ? typical / this.baseMs : 1;
		if (ratio <= FLAT_RATIO || paidOff) {
			this.set(this.doubling ? this.value * 2 : this.value + Math.max(1, this.value / 5));
		} else if (ratio <= HOLD_RATIO) {
			this.set(this.value);
		} else {
			// Doubling ends at the first clear slowdown, not at a round that was only a little slower.
			this.doubling = false;
			const floor = this.bestRate * this.baseMs * FLOOR_GAIN;
			this.set(Math.max((this.value * TARGET_RATIO) / ratio, Math.min(floor, this.value)));
		}
	}

	private set(next: number): void {
		this.value = Math.min(this.max, Math.max(1, next));
		this.highest = Math.max(this.highest, this.limit);
		this.round++;
		this.roundTimes = [];
		this.roundStartedAt = undefined;
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
