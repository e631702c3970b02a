/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
import { runInOrder } from '../../../../nodes/Libredesk/concurrency/runInOrder';

const tick = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('runInOrder', () => {
	it('starts tasks in index order, never more than the limit at a time, and keeps results by index', async () => {
		const started: number[] = [];
		let running = 0;
		let most = 0;
		const results = await runInOrder(
			9,
			3,
			async (index) => {
				started.push(index);
				most = Math.max(most, ++running);
				await tick((9 - index) * 3);
				running--;
				return index * 10;
			},
			() => false,
		);
		expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
		expect(most).toBe(3);
		expect(results).toEqual(
			Array.from({ length: 9 }, (_, index) => ({ ok: true, value: index * 10 })),
		);
	});

	it('starts nothing once told to stop, awaits what runs, and leaves the rest undefined', async () => {
		let stop = false;
		const results = await runInOrder(
			10,
			2,
			async (index) => {
				if (index === 3) {
					stop = true;
					throw new Error('item 3');
				}
				await tick(5);
				return index;
			},
			() => stop,
		);
		expect(results.slice(0, 3)).toEqual([
			{ ok: true, value: 0 },
			{ ok: true, value: 1 },
			{ ok: true, value: 2 },
		]);
		expect(results[3]).toEqual({ ok: false, error: new Error('item 3') });
		// Item 4 may have been started next to item 3 (2 at a time); nothing after it.
		expect(results.slice(5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
	});

	it('runs one at a time with a limit of 1, and handles no tasks', async () => {
		let running = 0;
		let most = 0;
		await runInOrder(
			4,
			1,
			async () => {
				most = Math.max(most, ++running);
				await tick(2);
				running--;
			},
			() => false,
		);
		expect(most).toBe(1);
		expect(
			await runInOrder(
				0,
				5,
				async () => 1,
				() => false,
			),
		).toEqual([]);
	});

	it('asks a limit function again as tasks end, and follows it up and down', async () => {
		let running = 0;
		const seen: number[] = [];
		let allowed = 1;
		const results = await runInOrder(
			30,
			() => allowed,
			async (index) => {
				seen.push(++running);
				// Each task that ends changes what is allowed: 1, 2, 3, 4 … then 0 (still one at a time).
				await tick(2);
				allowed = index < 5 ? index + 2 : 0;
				running--;
				return index;
			},
			() => false,
		);
		expect(results.map((settled) => settled?.ok)).toEqual(new Array(30).fill(true));
		expect(Math.max(...seen)).toBeGreaterThan(2);
		expect(seen.slice(-5)).toEqual([1, 1, 1, 1, 1]);
	});
});
