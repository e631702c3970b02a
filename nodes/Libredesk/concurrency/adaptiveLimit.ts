/**
 * "Requests in Parallel: Auto": how many items to have under way, learnt from how many answers a
 * second Libredesk gives (in the manner of TCP BBR and Vegas). Libredesk's own CPU (bcrypt on
 * every request) is usually what sets the pace: past that point more requests in flight only wait
 * in a line inside Libredesk, next to the agents using it.
 *
 * Each round (as many answers as the limit) gives the delivery rate by Little's law: the mean
 * number under way over the mean answer time; after a change only over the round's second half,
 * once the line of the new limit has formed. Answer times alone do not tell where a request
 * waited: inside Libredesk, or inside n8n, whose own CPU slows the answers as more are under way.
 * The rate does: more requests in flight that wait in Libredesk's line get no more answered a
 * second.
 *
 * - It starts at 2, steps to 3, then doubles while a round at each new limit answers clearly more
 *   a second than the limit below (RATE_GAIN for a doubling; the same elasticity for other steps).
 * - A new limit whose round does not, or whose raise formed Libredesk's line (below), is tried
 *   once more after PAUSE_MS back at the limit below, against what the limit below answers then:
 *   one round of a few answers says little on a busy machine.
 * - Where the line is: in Libredesk every request waits in it, so even the quickest answer at a
 *   new limit is slower than the quickest below by about the step (LINE_RISE); n8n's own delay
 *   grows less. When the second try does not raise the rate either and the line is Libredesk's,
 *   the doubling ends at the last limit that raised the rate (or what the best rate needs, if
 *   more: the rate times the quickest answer seen, a quarter above, QUEUE_GAIN). When the line is
 *   not Libredesk's, the new limit stays: more in flight costs Libredesk nothing. A raise that
 *   formed Libredesk's line on both tries ends the doubling there.
 * - The rate measured right after a doubling reads low (the new requests went out in one burst),
 *   so the limit the doubling ends at may be one too high: one round at half of it tells, and half
 *   stays unless it answers clearly fewer a second.
 * - Then it grows by a fifth a round while the need is above the limit, and holds otherwise. It
 *   does not shrink on a slower round: one round's rate varies by half on a busy machine, and a
 *   shrink on that (tried) cost a far server a third of its speed.
 * - A 429 or 503 answer or a timeout halves the limit at once, and ends the doubling.
 *
 * Pure: the caller passes the clock and says how each task ended.
 */
export interface AdaptiveLimitOptions {
	initial?: number;
	max?: number;
}

/** How a task ended: answered; failed otherwise (its time says nothing); or pushed back by Libredesk (429, 503, a timeout). */
export type Outcome = 'answered' | 'failed' | 'pushedBack';

/** What `start` hands out and `finish` takes back. */
export interface Ticket {
	readonly round: number;
	readonly startedAt: number;
}

/**
 * A doubled limit counts as having raised the rate when its round answers this many times the rate
 * of the limit below it; another step (2 to 3, the last to the maximum) needs the same elasticity:
 * (new limit / old limit) ** RATE_ELASTICITY.
 */
const RATE_GAIN = 1.15;
const RATE_ELASTICITY = Math.log(RATE_GAIN) / Math.log(2);
/**
 * A doubled limit whose round does not raise the rate is tried once more after this long (ms) at
 * the limit below: a pause of n8n's (garbage collection, a busy machine) slows every answer of a
 * short round; two rounds in a row at 3 in one such pause ended a far server's doubling there, four
 * times as slow as 50 (docs/performance.md).
 */
const PAUSE_MS = 500;
/**
 * A line formed in Libredesk when the quickest answer at a new limit is slower than the quickest
 * at the limit below by (new limit / old limit) ** LINE_RISE; in a line alone it would be the step.
 */
const LINE_RISE = 0.75;
/** The limit is kept at this many times the requests the best rate needs at the quickest answer time. */
const QUEUE_GAIN = 1.25;
/** After the doubling, the limit grows by at most this part of itself a round (at least 1). */
const GROWTH = 1 / 5;
/** A round with fewer under way than this part of the limit on average is not judged. */
const FULL_ROUND = 0.75;
/** The least limit the rate sets: with one request at a time, Libredesk waits for n8n between them. */
export const MIN_TARGET = 2;

/**
 * Back at the limit below before a doubled limit is tried again: the limit to try, until when
 * (ms), and what the limit below answers meanwhile (rates, quickest answer).
 */
interface Pause {
	retry: number;
	until: number;
	rates: number[];
	quickestMs: number;
}

export class AdaptiveLimit {
	private value: number;
	private readonly max: number;
	/**
	 * Every change starts a new round; a round is judged only on the tasks started at its limit: in
	 * it, or in the rounds before it that kept the same limit (from `limitSince` on).
	 */
	private round = 0;
	private limitSince = 0;
	private roundAnswers = 0;
	/** The answer times of the round's own tasks measured so far, summed (ms), and how many. */
	private roundMs = 0;
	private measured = 0;
	/** The quickest of the round's measured answers (ms). */
	private roundQuickestMs = Infinity;
	/** Tasks under way, when that last changed, and their sum over time since the round began. */
	private running = 0;
	private changedAt = 0;
	private roundBeganAt: number | undefined;
	private inFlightTime = 0;
	/** The quickest answer so far (ms): an answer that waited behind no other. */
	private quickestMs = Infinity;
	/** The delivery rate (answers per ms) of the round before. */
	private lastRoundRate = 0;
	/** The limit the doubling came from (the last that raised the rate) and its rate. */
	private belowLimit = 0;
	private belowRate = 0;
	/** The quickest answer at the limit below (ms). */
	private belowQuickestMs = Infinity;
	private pause: Pause | undefined;
	/** The doubled limit under way is on its second try. */
	private retried = false;
	/** Doubling until the rate stops rising, as TCP's slow start. */
	private doubling = true;
	/** The last limit whose round raised the rate. */
	private raisedAt: number;
	/** The round at half the limit the doubling settled on: that limit, and the rate to beat. */
	private probingDown: { from: number; rate: number } | undefined;
	/** The round started by the last back-off; a push-back from a task of an older round is already answered. */
	private backedOffAt = -1;
	private highest: number;

	constructor(options: AdaptiveLimitOptions = {}) {
		this.max = Math.max(1, Math.floor(options.max ?? 50));
		this.value = Math.min(this.max, Math.max(1, options.initial ?? 2));
		this.highest = this.limit;
		this.raisedAt = this.limit;
	}

	/** How many tasks may be under way now. */
	get limit(): number {
		return Math.floor(this.value);
	}

	/** The highest limit reached so far. */
	get peak(): number {
		return this.highest;
	}

	/** Call as a task starts, at `now` (ms); hand the ticket to `finish`. */
	start(now: number): Ticket {
		this.count(now, +1);
		return { round: this.round, startedAt: now };
	}

	/** The task of `ticket` ended at `now` (ms, the same clock as `start`). */
	finish(ticket: Ticket, outcome: Outcome, now: number): void {
		this.count(now, -1);
		if (outcome === 'pushedBack') return this.pushedBack(ticket);
		const elapsedMs = now - ticket.startedAt;
		if (outcome !== 'answered' || !Number.isFinite(elapsedMs) || elapsedMs <= 0) return;
		this.quickestMs = Math.min(this.quickestMs, elapsedMs);
		if (ticket.round < this.limitSince) return;
		// After a change the first half of a round warms up: its tasks found a shorter line (the
		// older tasks' only). A round that kept the limit of the one before finds its line formed.
		// The very first round warms up for a whole limit: n8n's first requests are slow to send.
		const warmUp =
			this.round === 0 ? this.limit : this.round > this.limitSince ? 0 : Math.floor(this.limit / 2);
		if (++this.roundAnswers <= warmUp) {
			if (this.roundAnswers === warmUp) this.measureFrom(now);
			return;
		}
		this.roundMs += elapsedMs;
		this.roundQuickestMs = Math.min(this.roundQuickestMs, elapsedMs);
		if (++this.measured < (warmUp ? this.limit - Math.floor(this.limit / 2) : this.limit)) return;
		// Little's law over the round's measured part: mean under way over mean answer time.
		const took = now - (this.roundBeganAt ?? now);
		const underWay = took > 0 ? this.inFlightTime / took : this.running;
		// Fewer under way than the limit (the last items): the round says nothing of the limit.
		if (underWay < this.limit * FULL_ROUND) return this.set(this.value, this.lastRoundRate, now);
		this.endRound(underWay / (this.roundMs / this.measured), now);
	}

	private count(now: number, change: number): void {
		if (this.roundBeganAt === undefined) this.roundBeganAt = now;
		else this.inFlightTime += this.running * Math.max(0, now - this.changedAt);
		this.changedAt = now;
		this.running = Math.max(0, this.running + change);
	}

	private pushedBack(ticket: Ticket): void {
		if (ticket.round < this.backedOffAt) return;
		this.doubling = false;
		this.probingDown = undefined;
		this.pause = undefined;
		this.set(this.value / 2, this.lastRoundRate / 2, undefined);
		this.backedOffAt = this.round;
	}

	private endRound(rate: number, now: number): void {
		if (this.doubling) return this.judgeDoubled(rate, now);
		if (this.probingDown) {
			const { from, rate: above } = this.probingDown;
			this.probingDown = undefined;
			if (rate * RATE_GAIN < above) return this.set(from, rate, now);
		}
		// Grows only when this round and the one before both say there is room: one round's rate
		// is too noisy to add a request that would wait in Libredesk's line.
		const need = this.need(Math.min(rate, this.lastRoundRate));
		const grown = this.value + Math.max(1, this.value * GROWTH);
		this.set(need > this.value ? Math.min(need, grown) : this.value, rate, now);
	}

	/** While doubling: a round at a new limit is judged against the limit below. */
	private judgeDoubled(rate: number, now: number): void {
		if (this.pause) return this.pauseRound(this.pause, rate, now);
		const step = this.belowLimit > 0 ? Math.max(1, this.limit / this.belowLimit) : 2;
		// Where a line formed. In Libredesk's every request waits, so even the quickest answer
		// here is slower than the quickest below by about the step; n8n's own delay grows less,
		// and varies from one answer to the next. (The step to the maximum is too small to tell.)
		const inLine = step >= 1.5 && this.roundQuickestMs >= this.belowQuickestMs * step ** LINE_RISE;
		const bestRate = Math.max(rate, this.belowRate);
		const raised = rate >= this.belowRate * step ** RATE_ELASTICITY;
		if (raised && !inLine) {
			this.raisedAt = this.limit;
			this.belowLimit = this.limit;
			this.belowRate = rate;
			this.belowQuickestMs = this.roundQuickestMs;
			this.retried = false;
			// From 2 the first step is to 3: with one worker in Libredesk 2 is its pace, and 4
			// would keep two waiting there for the rounds it takes to see that.
			return this.set(this.value < 3 ? this.value + 1 : this.value * 2, rate, now);
		}
		// No raise, or a raise into Libredesk's line: either ends the doubling, on two tries.
		if (!this.retried) {
			this.pause = { retry: this.value, until: now + PAUSE_MS, rates: [], quickestMs: Infinity };
			return this.set(this.belowLimit, rate, now);
		}
		this.retried = false;
		// A raise that formed Libredesk's line is the last: the rate below read low.
		if (raised) {
			this.raisedAt = this.limit;
			return this.settle(this.value, bestRate, rate, now);
		}
		// No line in Libredesk to speak of: the limit stays, more in flight costs it nothing.
		if (!inLine) {
			this.doubling = false;
			return this.set(this.value, rate, now);
		}
		// Between the last limit that raised the rate and this one; the best of the last two
		// rounds, since the first answers after a doubling found a shorter line.
		const need = this.need(Math.max(rate, this.lastRoundRate));
		this.settle(Math.max(this.raisedAt, Math.min(need, this.value)), bestRate, rate, now);
	}

	/** A round at the limit below during a pause: once it is over, the doubled limit is tried again against what the limit below answered. */
	private pauseRound(pause: Pause, rate: number, now: number): void {
		pause.rates.push(rate);
		pause.quickestMs = Math.min(pause.quickestMs, this.roundQuickestMs);
		if (now < pause.until) return this.set(this.value, rate, now);
		this.pause = undefined;
		this.retried = true;
		this.belowRate = mean(pause.rates);
		this.belowQuickestMs = Math.min(this.belowQuickestMs, pause.quickestMs);
		this.set(pause.retry, rate, now);
	}

	/**
	 * Ends the doubling at `limit`. The rate measured right after a doubling reads low (the new
	 * requests went out in one burst), so `limit` may be one too high: one round at half of it
	 * tells, and stays unless it answers clearly fewer a second than `bestRate`.
	 */
	private settle(limit: number, bestRate: number, roundRate: number, now: number): void {
		this.doubling = false;
		const half = Math.floor(limit / 2);
		if (half < MIN_TARGET) return this.set(limit, roundRate, now);
		this.probingDown = { from: limit, rate: bestRate };
		this.set(half, roundRate, now);
	}

	/** How many under way `rate` needs at the quickest answer time, a quarter above (QUEUE_GAIN). */
	private need(rate: number): number {
		return Math.max(MIN_TARGET, Math.round(QUEUE_GAIN * rate * this.quickestMs));
	}

	private set(next: number, roundRate: number, now: number | undefined): void {
		const before = this.limit;
		this.value = Math.min(this.max, Math.max(1, next));
		this.highest = Math.max(this.highest, this.limit);
		this.round++;
		if (this.limit !== before) this.limitSince = this.round;
		this.roundAnswers = 0;
		this.lastRoundRate = roundRate;
		this.measureFrom(now);
	}

	private measureFrom(now: number | undefined): void {
		this.roundMs = 0;
		this.measured = 0;
		this.roundQuickestMs = Infinity;
		this.roundBeganAt = now;
		this.inFlightTime = 0;
	}
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
