/**
 * "Requests in Parallel: Auto": how many items to have under way, learnt from how many answers a
 * second Libredesk gives (in the manner of TCP BBR and Vegas). Libredesk's own CPU (bcrypt on
 * every request) is usually what sets the pace: past that point more requests in flight only wait
 * in a line inside Libredesk, next to the agents using it.
 *
 * Each round (as many answers as the limit) gives the delivery rate by Little's law: the mean
 * number under way over the mean answer time, over the round's second half (once the line of the
 * new limit has formed). Answer times alone do not tell where a request waited:
 * inside Libredesk, or inside n8n, whose own CPU slows the answers as more are under way. The rate
 * does: more requests in flight that wait in Libredesk's line get no more answered a second.
 *
 * - It starts at 2 and doubles while each round answers clearly more a second than any before
 *   (RATE_GAIN). After two rounds in a row that do not (FLAT_ROUNDS; with one, a noisy round ended
 *   the doubling of a far server at 16, twice as slow as 50), it stops doubling and takes what the best
 *   rate needs: the rate times the quickest answer seen (one that waited behind no other) is how
 *   many requests the pace needs under way, and the limit is a quarter above that (QUEUE_GAIN),
 *   which keeps Libredesk's line to about a quarter of what it serves at a time; never below the
 *   last limit that still raised the rate (when n8n's CPU is what adds the wait, more under way
 *   does answer more a second), nor below 2.
 * - Then it grows by a fifth a round while that need is above the limit, and holds otherwise. It
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

/** A round answering this many times the best rate so far counts as having raised it. */
const RATE_GAIN = 1.15;
/** Rounds in a row that do not raise the rate before the doubling ends (each costs a round of waiting at the doubled limit). */
const FLAT_ROUNDS = 2;
/** The limit is kept at this many times the requests the best rate needs at the quickest answer time. */
const QUEUE_GAIN = 1.25;
/** After the doubling, the limit grows by at most this part of itself a round (at least 1). */
const GROWTH = 1 / 5;
/** A round with fewer under way than this part of the limit on average is not judged. */
const FULL_ROUND = 0.75;
/** The least limit the rate sets: with one request at a time, Libredesk waits for n8n between them. */
export const MIN_TARGET = 2;

export class AdaptiveLimit {
	private value: number;
	private readonly max: number;
	/** Every change starts a new round; a round is judged only on the tasks started in it. */
	private round = 0;
	private roundAnswers = 0;
	/** The answer times of the round's own tasks measured so far, summed (ms), and how many. */
	private roundMs = 0;
	private measured = 0;
	/** Tasks under way, when that last changed, and their sum over time since the round began. */
	private running = 0;
	private changedAt = 0;
	private roundBeganAt: number | undefined;
	private inFlightTime = 0;
	/** The quickest answer so far (ms): an answer that waited behind no other. */
	private quickestMs = Infinity;
	/** The delivery rate (answers per ms) of the round before. */
	private lastRoundRate = 0;
	/** The best rate so far (after the doubling: since the last shrink). */
	private bestRate = 0;
	/** Doubling until the rate stops rising, as TCP's slow start. */
	private doubling = true;
	private flatRounds = 0;
	/** The last limit whose round raised the best rate. */
	private raisedAt: number;
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
		if (ticket.round !== this.round) return;
		// The first half of a round warms up: its tasks found a shorter line (the older tasks' only).
		// The very first round warms up for a whole limit: n8n's first requests are slow to send.
		const warmUp = this.round === 0 ? this.limit : Math.floor(this.limit / 2);
		if (++this.roundAnswers <= warmUp) {
			if (this.roundAnswers === warmUp) this.measureFrom(now);
			return;
		}
		this.roundMs += elapsedMs;
		if (++this.measured < this.limit - Math.floor(this.limit / 2)) return;
		// Little's law over the round's second half: mean under way over mean answer time.
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
		this.bestRate /= 2;
		this.set(this.value / 2, this.lastRoundRate / 2, undefined);
		this.backedOffAt = this.round;
	}

	private endRound(rate: number, now: number): void {
		const target = (rounds: number) =>
			Math.max(MIN_TARGET, Math.round(QUEUE_GAIN * rounds * this.quickestMs));
		if (this.doubling) {
			const raised = rate >= this.bestRate * RATE_GAIN;
			this.bestRate = Math.max(this.bestRate, rate);
			if (raised) {
				this.raisedAt = this.limit;
				this.flatRounds = 0;
				return this.set(this.value * 2, rate, now);
			}
			if (++this.flatRounds < FLAT_ROUNDS && this.value < this.max)
				return this.set(this.value, rate, now);
			this.doubling = false;
			// Between the last limit that raised the rate and this one; the best of the last two
			// rounds, since the first answers after a doubling found a shorter line.
			const need = target(Math.max(rate, this.lastRoundRate));
			return this.set(Math.max(this.raisedAt, Math.min(need, this.value)), rate, now);
		}
		// Grows only when this round and the one before both say there is room: one round's rate
		// is too noisy to add a request that would wait in Libredesk's line.
		const need = target(Math.min(rate, this.lastRoundRate));
		const grown = this.value + Math.max(1, this.value * GROWTH);
		this.set(need > this.value ? Math.min(need, grown) : this.value, rate, now);
	}

	private set(next: number, roundRate: number, now: number | undefined): void {
		this.value = Math.min(this.max, Math.max(1, next));
		this.highest = Math.max(this.highest, this.limit);
		this.round++;
		this.roundAnswers = 0;
		this.lastRoundRate = roundRate;
		this.measureFrom(now);
	}

	private measureFrom(now: number | undefined): void {
		this.roundMs = 0;
		this.measured = 0;
		this.roundBeganAt = now;
		this.inFlightTime = 0;
	}
}
