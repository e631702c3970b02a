/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/** Figures over benchmark rounds. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value 95 % of the values are at or below (nearest rank). */
export function p95(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)];
}

export function min(values: number[]): number {
	return Math.min(...values);
}

/** "median 1234 ms (min 1200)" */
export function figure(values: number[], unit = 'ms', digits = 0): string {
	return `median ${median(values).toFixed(digits)} ${unit} (min ${min(values).toFixed(digits)})`;
}

export function ratio(a: number[], b: number[]): string {
	return `${(median(a) / median(b)).toFixed(2)}x (min/min ${(min(a) / min(b)).toFixed(2)}x)`;
}

export const say = (line = ''): void => {
	process.stdout.write(`${line}\n`);
};
