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
	it('starts at 2, steps to 3, and doubles while a server with room answers as fast, never above the maximum', () => {
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(limit, 400, (startedAt) => startedAt + 80);
		expect([...new Set(seen)]).toEqual([2, 3, 6, 12, 24, 48, 50]);
		expect(limit.peak).toBe(50);
	});

	it('keeps 2 under way against one worker: one served, one waiting', () => {
		const server = queueingServer(1, 50);
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(limit, 150, server.answer);
		// It tries 3, goes back to 2 for a while, tries 3 once more, then stays at 2.
		expect(seen.slice(0, 30).filter((value) => value === 3).length).toBeLessThanOrEqual(10);
		expect(seen.slice(30).every((value) => value === MIN_TARGET)).toBe(true);
		expect(limit.peak).toBe(3);
		// The mean wait in the line stays within one service time.
		expect(mean(server.waits)).toBeLessThanOrEqual(50);
	});

	it('settles a little above the capacity of a server that queues past it', () => {
		const server = queueingServer(4, 50);
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(limit, 400, server.answer);
		expect(Math.min(...seen.slice(-250))).toBeGreaterThanOrEqual(4);
		expect(Math.max(...seen.slice(-250))).toBeLessThanOrEqual(8);
		expect(limit.peak).toBeLessThanOrEqual(16);
		expect(mean(server.waits.slice(100))).toBeLessThanOrEqual(50);
	});

	it('tries half the limit it settled on for a round, and goes back when half answers fewer a second', () => {
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(limit, 400, queueingServer(4, 50).answer);
		// 6 raised the rate, 12 did not (Libredesk's line): it settles on 6, tries 3, and is back.
		expect(seen.slice(seen.indexOf(12))).toContain(3);
		expect(seen.slice(-200).every((value) => value === 6)).toBe(true);
	});

	it('does not double past a raise that formed a line in Libredesk, and tries it again against the limit below', () => {
		// The first tasks sent at 6 under way are slowed by 15 ms (the burst of a doubling, a busy
		// machine): 6 reads low, so 12 seems to raise the rate, but even its quickest answer
		// waited in Libredesk's line. It does not try 24; after a pause at 6 it tries 12 again,
		// which answers no more than 6 then, and keeps 6.
		const server = queueingServer(4, 50);
		let slowed = 0;
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(
			limit,
			400,
			(startedAt, inFlight) => server.answer(startedAt) + (inFlight > 3 && slowed++ < 6 ? 15 : 0),
		);
		expect(limit.peak).toBe(12);
		expect(seen.slice(-250).every((value) => value === 6)).toBe(true);
		expect(mean(server.waits)).toBeLessThanOrEqual(50);
	});

	it('keeps a limit that did not raise the rate when some of its answers are as quick as below (the line is not in Libredesk)', () => {
		// Past 12 under way no more are answered a second, but every other answer is as quick as
		// at 12: the wait is n8n's, which varies, not a line in Libredesk, where all would wait.
		let answers = 0;
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(limit, 1000, (startedAt, inFlight) => {
			if (inFlight <= 12) return startedAt + 80;
			// Spread evenly from half to one and a half times the mean, in a shuffled order.
			const spread = ((answers++ * 7) % 16) / 16;
			return startedAt + (inFlight / 12) * 80 * (0.5 + spread);
		});
		expect(limit.peak).toBe(24);
		expect(seen.slice(-300).every((value) => value === 24)).toBe(true);
	});

	it('tries a limit again after a pause of n8n that slowed its first round, and goes on doubling', () => {
		// A far server with room (80 ms); every request sent in the 400 ms after the first at 3
		// under way takes twice as long (n8n's garbage collection, a busy machine).
		let pausedAt = -1;
		const limit = new AdaptiveLimit({ initial: 2, max: 50 });
		const seen = drive(limit, 1500, (startedAt, inFlight) => {
			if (inFlight >= 3 && pausedAt < 0) pausedAt = startedAt;
			return startedAt + 80 + (pausedAt >= 0 && startedAt < pausedAt + 400 ? 80 : 0);
		});
		// 3 did not raise the rate in the pause; back at 2, then 3 again, and on to 50.
		expect(seen.slice(seen.indexOf(3), seen.indexOf(6))).toContain(2);
		expect(seen.slice(-1000).every((value) => value === 50)).toBe(true);
	});

	it.each([0.6, 0.3])(
		'goes to 50 and stays when answers slow down as more are under way but more are answered a second (rate as under way ** %s)',
		(elasticity) => {
			// n8n's own wait grows with what is under way, yet more under way still answers more:
			// with 0.3, 1.23x a second for each doubling, and 1.01x for the last step, 48 -> 50.
			const limit = new AdaptiveLimit({ initial: 2, max: 50 });
			const seen = drive(
				limit,
				2000,
				(startedAt, inFlight) => startedAt + 80 * Math.max(1, inFlight / 3) ** (1 - elasticity),
			);
			// One round below 32 at most (its tasks are about two limits' worth of sends): the round
			// at half the limit it settled on, after which it goes back, since half answered
			// clearly fewer a second.
			expect(seen.slice(300).filter((value) => value < 32).length).toBeLessThanOrEqual(50);
			expect(seen.slice(1000).every((value) => value === 50)).toBe(true);
		},
	);

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
