/** What became of one task: its value, its error, or nothing because it was never started. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown } | undefined;

/**
 * Runs `task(0)` … `task(count - 1)` with at most `limit` running at a time, started in index
 * order. `stop` is asked before each start: once it says yes, nothing new is started and the
 * tasks already running are awaited, so the result holds every task that was started.
 */
export async function runInOrder<T>(
	count: number,
	limit: number,
	task: (index: number) => Promise<T>,
	stop: () => boolean,
): Promise<Array<Settled<T>>> {
	const results = new Array<Settled<T>>(count).fill(undefined);
	let next = 0;
	const worker = async () => {
		while (next < count && !stop()) {
			const index = next++;
			try {
				results[index] = { ok: true, value: await task(index) };
			} catch (error) {
				results[index] = { ok: false, error };
			}
		}
	};
	const workers = Math.max(1, Math.min(Math.floor(limit), count));
	await Promise.all(Array.from({ length: workers }, worker));
	return results;
}
