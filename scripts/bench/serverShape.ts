/**
 * A server of known capacity for the simulator: `workers` requests are served at a time, each for
 * `serviceMs`, the rest wait in line (first come, first served), as Libredesk does once its CPU
 * (bcrypt on every request) is busy. `workers: Infinity` never queues: a fixed delay, as a far
 * server with room to spare. It records how long each request waited in line inside the server.
 */
import type { Latency, RecordedRequest } from '../../simulator/server';

export interface ServerShape {
	name: string;
	workers: number;
	serviceMs: number;
}

export interface ShapedServer {
	/** The simulator's latency for a request (only the matched requests are served by the workers). */
	latency: Latency;
	/** The time each served request waited for a worker, in arrival order, since the last reset. */
	readonly waits: number[];
	reset(): void;
}

export function shapedServer(
	shape: ServerShape,
	serves: (request: RecordedRequest) => boolean,
	now: () => number = () => performance.now(),
): ShapedServer {
	const finite = Number.isFinite(shape.workers);
	/** When each worker is free again (the caller's clock, ms). */
	let freeAt: number[] = [];
	let waits: number[] = [];
	const reset = () => {
		freeAt = finite ? new Array<number>(shape.workers).fill(-Infinity) : [];
		waits = [];
	};
	reset();
	return {
		latency: (request) => {
			if (!serves(request)) return 0;
			if (!finite) {
				waits.push(0);
				return shape.serviceMs;
			}
			const arrived = now();
			// The worker that is free first takes it; with one service time for all, that keeps the
			// line in arrival order.
			let worker = 0;
			for (let index = 1; index < freeAt.length; index++)
				if (freeAt[index] < freeAt[worker]) worker = index;
			const starts = Math.max(arrived, freeAt[worker]);
			freeAt[worker] = starts + shape.serviceMs;
			waits.push(starts - arrived);
			return freeAt[worker] - arrived;
		},
		get waits() {
			return waits;
		},
		reset,
	};
}

/** The mean of the waits (0 for none). */
export const meanWait = (waits: number[]) =>
	waits.length ? waits.reduce((sum, wait) => sum + wait, 0) / waits.length : 0;
