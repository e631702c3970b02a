/** What became of one task: its value, its error, or nothing because it was never started. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown } | undefined;

/**
 * Runs `task(0)` … `task(count - 1)` with at most `limit` running at a time, started in index
 * order. `limit` may be a function, asked again whenever a task ends (Auto, see adaptiveLimit.ts);
 * at least one task runs at a time. `stop` is asked before each start: once it says yes, nothing
 * new is started and the tasks already running are awaited, so the result holds every task that
 * was started.
 */
export async function runInOrder<T>(
	count: number,
	limit: number | (() => number),
	task: (index: number) => Promise<T>,
	stop: () => boolean,
): Promise<Array<Settled<T>>> {
	const results = new Array<Settled<T>>(count).fill(undefined);
	const allowed = () => Math.max(1, Math.floor(typeof limit === 'number' ? limit : limit()));
	let next = 0;
	let running = 0;
	return await new Promise((done) => {
		const startMore = () => {
			while (next < count && running < allowed() && !stop()) {
				const index = next++;
				running++;
				void Promise.resolve()
					.then(async () => await task(index))
					.then(
						(value) => (results[index] = { ok: true, value }),
						(error: unknown) => (results[index] = { ok: false, error }),
					)
					.then(() => {
						running--;
						startMore();
					});
			}
			if (running === 0) done(results);
		};
		startMore();
	});
}
