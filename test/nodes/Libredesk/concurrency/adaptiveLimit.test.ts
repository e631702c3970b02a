import {
	AdaptiveLimit,
	FLAT_RATIO,
	HOLD_RATIO,
} from '../../../../nodes/Libredesk/concurrency/adaptiveLimit';

/** The test's clock (ms): each round's tasks start together and end `ms` later, one by one. */
let clock = 0;
beforeEach(() => (clock = 0));

/** Finishes one full round: as many tasks as the limit, each taking `ms`. */
function round(limit: AdaptiveLimit, ms: number | ((index: number) => number)): void {
	const started = Array.from({ length: limit.limit }, () => limit.start(clock));
	let ended = clock;
	started.forEach((ticket, index) => {
		const took = typeof ms === 'number' ? ms : ms(index);
		ended = Math.max(ended, clock + took);
		limit.finish(ticket, took, false, clock + took);
	});
	clock = ended;
}

/** A task pushed back by Libredesk (429, 503, timeout). */
const pushBack = (limit: AdaptiveLimit, ticket = limit.start(clock)) =>
	limit.finish(ticket, 2000, true, (clock += 2000));

/**
 * A server that answers in `baseMs` while at most `capacity` requests are under way, and queues
 * the rest (answer time grows in proportion), as Libredesk does once its CPU is busy.
 */
const busyServer = (capacity: number, baseMs: number) => (inFlight: number) =>
	baseMs * Math.max(1, inFlight / capacity);

describe('AdaptiveLimit', () => {
	it('starts low and doubles while answers stay as fast, never above the maximum', () => {
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = [limit.limit];
		for (let step = 0; step < 8; step++) {
			round(limit, 80);
			seen.push(limit.limit);
		}
		expect(seen).toEqual([2, 4, 8, 16, 32, 50, 50, 50, 50]);
		expect(limit.peak).toBe(50);
	});

	it('settles next to the capacity of a server that queues past it', () => {
		const server = busyServer(3, 100);
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen: number[] = [];
		for (let step = 0; step < 40; step++) {
			round(limit, server(limit.limit));
			seen.push(limit.limit);
		}
		// After the first probes it stays within a step of the capacity, far below 50.
		expect(Math.max(...seen.slice(10))).toBeLessThanOrEqual(4);
		expect(Math.min(...seen.slice(10))).toBeGreaterThanOrEqual(2);
		expect(limit.peak).toBeLessThan(10);
	});

	it('after a clear slowdown shrinks no lower than the rate seen needs, then grows step by step', () => {
		const limit = new AdaptiveLimit({ initial: 8, max: 50 });
		round(limit, 100); // the base: 8 answered in 100 ms
		expect(limit.limit).toBe(16);
		// Three times slower: the gradient says 16 x 1.3 / 3 = 6.9, but 8 were answered in 100 ms,
		// which needs 8 under way at the quickest time (x 1.5 = 12). Doubling ends.
		round(limit, 300);
		expect(limit.limit).toBe(12);
		round(limit, 100);
		expect(limit.limit).toBe(14); // a fifth more (at least 1), no longer doubled: 14.4
		round(limit, 100);
		expect(limit.limit).toBe(17); // 17.3
	});

	it('holds the limit while answers are a little slower and no more are answered a second', () => {
		const limit = new AdaptiveLimit({ initial: 4, max: 50 });
		round(limit, 100); // 4 answered in 100 ms
		expect(limit.limit).toBe(8);
		// 8 answered in 250 ms (the last one late), most of them a little slower than the base.
		const slower = 100 * ((FLAT_RATIO + HOLD_RATIO) / 2);
		round(limit, (index) => (index === 7 ? 250 : slower));
		expect(limit.limit).toBe(8);
	});

	it('grows while more under way gets clearly more answered, even when answers are slower', () => {
		const limit = new AdaptiveLimit({ initial: 8, max: 50 });
		round(limit, 100); // 8 in 100 ms: the base
		expect(limit.limit).toBe(16);
		// 16 in 150 ms: answers 1.5x slower (held on time alone), but 1.33x as many a second.
		round(limit, 150);
		expect(limit.limit).toBe(32);
		// 32 in 320 ms: no more a second. The gradient says 32 x 1.3 / 3.2 = 13; the best rate
		// needs 16 / 150 ms x 100 ms x 1.5 = 16.
		round(limit, 320);
		expect(limit.limit).toBe(16);
	});

	it('judges a round by its median, not one slow answer', () => {
		const limit = new AdaptiveLimit({ initial: 4, max: 50 });
		round(limit, 100);
		round(limit, (index) => (index === 0 ? 5000 : 100));
		expect(limit.limit).toBe(16);
	});

	it('halves on a push-back (429, 503, timeout), once for the tasks started before it', () => {
		const limit = new AdaptiveLimit({ initial: 32, max: 50 });
		const tickets = Array.from({ length: 32 }, () => limit.start(clock));
		pushBack(limit, tickets[0]);
		expect(limit.limit).toBe(16);
		// The other tasks that were under way at the same time are told too: already answered.
		for (const ticket of tickets.slice(1)) pushBack(limit, ticket);
		expect(limit.limit).toBe(16);
		// A task started after the back-off that is pushed back again halves again.
		pushBack(limit);
		expect(limit.limit).toBe(8);
		for (let time = 0; time < 4; time++) pushBack(limit);
		expect(limit.limit).toBe(1);
	});

	it('does not double again after a push-back, and ignores answers of older rounds', () => {
		const limit = new AdaptiveLimit({ initial: 4, max: 50 });
		const old = limit.start(clock);
		pushBack(limit);
		expect(limit.limit).toBe(2);
		limit.finish(old, 1, false, clock); // started before the back-off: not counted in the new round
		round(limit, 100);
		expect(limit.limit).toBe(3);
	});

	it('does not shrink below the work under way at the best rate seen, when answers slow down', () => {
		// 40 at a time, all answered within 197.5 ms (the median 149 ms): doubled to 50. Then the
		// answers take about twice as long (n8n's own CPU is busy): the gradient alone would go to
		// 50 x 1.3 / 2.09 = 31; the rate seen needs 40 / 197.5 ms x 149 ms x 1.5 = 45.
		const limit = new AdaptiveLimit({ initial: 40, max: 50 });
		const spaced = (ms: number) => (index: number) => ms + index * 2.5;
		round(limit, spaced(100));
		expect(limit.limit).toBe(50);
		round(limit, spaced(250));
		expect(limit.limit).toBe(45);
	});

	it('shrinks below that after a push-back, which halves the rate it trusts', () => {
		const limit = new AdaptiveLimit({ initial: 40, max: 50 });
		round(limit, (index) => 100 + index * 2.5);
		pushBack(limit);
		expect(limit.limit).toBe(25);
	});

	it('keeps its bounds for any start', () => {
		expect(new AdaptiveLimit({ initial: 0 }).limit).toBe(1);
		expect(new AdaptiveLimit({ initial: 80, max: 50 }).limit).toBe(50);
		expect(new AdaptiveLimit().limit).toBe(2);
	});
});
