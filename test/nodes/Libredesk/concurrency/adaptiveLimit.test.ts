import { AdaptiveLimit, MIN_TARGET } from '../../../../nodes/Libredesk/concurrency/adaptiveLimit';
import type { Ticket } from '../../../../nodes/Libredesk/concurrency/adaptiveLimit';

/**
 * A model of the node sending `items` through the limit: tasks start as soon as the limit allows,
 * in order, from `from` (ms); each is answered by `answer(started, inFlight)` (the time it ends).
 * Returns the limit seen at each start; `clock.now` is then when the last one ended.
 */
const clock = { now: 0 };
beforeEach(() => (clock.now = 0));

function drive(
	limit: AdaptiveLimit,
	items: number,
	answer: (startedAt: number, inFlight: number) => number,
): number[] {
	const seen: number[] = [];
	const running: Array<{ ticket: Ticket; endsAt: number }> = [];
	let now = clock.now;
	let next = 0;
	while (next < items || running.length) {
		while (next < items && running.length < limit.limit) {
			next++;
			seen.push(limit.limit);
			running.push({ ticket: limit.start(now), endsAt: answer(now, running.length + 1) });
		}
		running.sort((a, b) => a.endsAt - b.endsAt);
		const done = running.shift()!;
		now = Math.max(now, done.endsAt);
		limit.finish(done.ticket, 'answered', now);
	}
	clock.now = now;
	return seen;
}

/**
 * A server of `workers` serving `serviceMs` each, the rest waiting in line (first come, first
 * served), as Libredesk once its CPU is busy; `turnaroundMs` is n8n's own time per request (10 ms
 * and more in `npm run bench:shapes`).
 * `waits` collects each request's time in the line.
 */
function queueingServer(workers: number, serviceMs: number, turnaroundMs = 10) {
	const freeAt = new Array<number>(workers).fill(0);
	const waits: number[] = [];
	return {
		waits,
		answer: (startedAt: number) => {
			const worker = freeAt.indexOf(Math.min(...freeAt));
			const begins = Math.max(startedAt, freeAt[worker]);
			waits.push(begins - startedAt);
			freeAt[worker] = begins + serviceMs;
			return freeAt[worker] + turnaroundMs;
		},
	};
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** A task pushed back by Libredesk (429, 503, timeout) after 2 s. */
const pushBack = (limit: AdaptiveLimit, ticket: Ticket = limit.start(clock.now)) =>
	limit.finish(ticket, 'pushedBack', (clock.now += 2000));

describe('AdaptiveLimit', () => {
	it('starts at 2 and doubles while a server with room answers as fast, never above the maximum', () => {
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(limit, 400, (startedAt) => startedAt + 80);
		expect([...new Set(seen)]).toEqual([2, 4, 8, 16, 32, 50]);
		expect(limit.peak).toBe(50);
	});

	it('keeps 2 under way against one worker: one served, one waiting', () => {
		const server = queueingServer(1, 50);
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(limit, 150, server.answer);
		// It probes at 4 for two rounds, then comes back to 2 for good.
		expect(seen.slice(20).every((value) => value === MIN_TARGET)).toBe(true);
		expect(limit.peak).toBe(4);
		// The mean wait in the line stays within one service time.
		expect(mean(server.waits)).toBeLessThanOrEqual(50);
	});

	it('settles a little above the capacity of a server that queues past it', () => {
		const server = queueingServer(4, 50);
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(limit, 400, server.answer);
		expect(Math.min(...seen.slice(100))).toBeGreaterThanOrEqual(4);
		expect(Math.max(...seen.slice(100))).toBeLessThanOrEqual(8);
		expect(limit.peak).toBeLessThanOrEqual(16);
		expect(mean(server.waits.slice(100))).toBeLessThanOrEqual(50);
	});

	it('does not shrink when answers slow down as more are under way but more are answered a second', () => {
		// n8n's own wait grows with what is under way, yet more under way still answers more: the
		// rate rises by half with each doubling up to 32, by less above.
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(
			limit,
			2000,
			(startedAt, inFlight) => startedAt + 80 * Math.max(1, inFlight / 3) ** 0.4,
		);
		expect(Math.min(...seen.slice(300))).toBeGreaterThanOrEqual(32);
	});

	it('holds when answers slow down and no more are answered a second (n8n or Libredesk at its pace)', () => {
		// Up to 10 at a time answered in 100 ms, then in proportion: the rate stops at 0.1 per ms.
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(
			limit,
			1000,
			(startedAt, inFlight) => startedAt + 10 * Math.max(10, inFlight),
		);
		const settled = seen.slice(300);
		// The need is 0.1 per ms x 100 ms = 10; a quarter above it, steady.
		expect(Math.min(...settled)).toBeGreaterThanOrEqual(10);
		expect(Math.max(...settled)).toBeLessThanOrEqual(16);
		expect(new Set(settled).size).toBe(1);
	});

	it('holds after it settled, however much one round answers, and gives way only to a push-back', () => {
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		drive(limit, 600, queueingServer(8, 50).answer);
		const settled = limit.limit;
		// Three times slower rounds alone do not shrink it (on a busy machine that is often n8n).
		const seen = drive(limit, 300, queueingServer(8, 150).answer);
		expect(Math.min(...seen)).toBe(settled);
		pushBack(limit);
		expect(limit.limit).toBe(Math.floor(settled / 2));
	});

	it('halves on a push-back (429, 503, timeout), once for the tasks started before it', () => {
		const limit = new AdaptiveLimit({ initial: 32, max: 50 });
		const tickets = Array.from({ length: 32 }, () => limit.start(clock.now));
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
		const old = limit.start(clock.now);
		pushBack(limit);
		expect(limit.limit).toBe(2);
		// Started before the back-off: not counted in the new round.
		limit.finish(old, 'answered', clock.now + 100);
		expect(limit.limit).toBe(2);
		// A server with room: it grows by a fifth at most (at least 1) once two rounds in a row
		// say there is room, no longer doubled.
		const seen = drive(limit, 60, (startedAt) => startedAt + 100);
		expect([...new Set(seen)].slice(0, 4)).toEqual([2, 3, 4, 5]);
	});

	it('learns nothing from a failed task', () => {
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		for (let time = 0; time < 10; time++) limit.finish(limit.start(time), 'failed', time + 0.5);
		expect(limit.limit).toBe(2);
	});

	it('keeps its bounds for any start', () => {
		expect(new AdaptiveLimit({ initial: 0 }).limit).toBe(1);
		expect(new AdaptiveLimit({ initial: 80, max: 50 }).limit).toBe(50);
		expect(new AdaptiveLimit().limit).toBe(2);
	});
});
