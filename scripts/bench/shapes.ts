/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * `npm run bench:shapes`: "Requests in Parallel: Auto" against servers of known capacity (issue 25),
 * beside the fixed settings, in a real n8n (the packed package) against the simulator shaped by
 * serverShape.ts. For each shape it prints each setting's time (n8n's executionTime of the node),
 * its ratio to the best fixed setting of the same run, and the mean time a request waited in line
 * inside the server (also in service times). Speed is measured here, never asserted.
 *
 * Shapes: 1, 4 and 16 workers of 50 ms each (the rest queued), and a far server with room (80 ms,
 * no queue). Options (env): BENCH_SHAPES (default "1,4,16,inf": the workers of each shape),
 * BENCH_PARALLEL (default "auto,50,32,16,8,4,2,1"), BENCH_ROUNDS (1). A fixed setting that cannot
 * come within 1.25x of the best fixed time already measured (its least possible time,
 * items x service time / min(setting, workers), is above that) is not run, and says so.
 */
import { startSimulator } from '../../simulator/server';
import type { RecordedRequest } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { autoSummary } from './bulk-create';
import { BenchN8n } from './n8nHarness';
import { meanWait, shapedServer } from './serverShape';
import type { ServerShape } from './serverShape';
import { median, say } from './stats';
import { BENCH_CREDENTIAL, WORK_NODE, benchItems, libredeskCreateWorkflow } from './workflows';
import type { Parallel } from './workflows';

interface Shape extends ServerShape {
	items: number;
}

const SHAPES: Record<string, Shape> = {
	'1': { name: '1 worker, 50 ms', workers: 1, serviceMs: 50, items: 150 },
	'4': { name: '4 workers, 50 ms', workers: 4, serviceMs: 50, items: 400 },
	'16': { name: '16 workers, 50 ms', workers: 16, serviceMs: 50, items: 1000 },
	inf: { name: 'no queue, 80 ms', workers: Infinity, serviceMs: 80, items: 1000 },
};

interface Run {
	ms: number;
	posts: number;
	maxInFlight: number;
	waitMs: number;
	status: string;
	hints: string[];
}

const isCreate = (request: RecordedRequest) =>
	request.method === 'POST' && request.path === '/api/v1/conversations';

async function main(): Promise<void> {
	const env = process.env;
	const shapes = (env.BENCH_SHAPES ?? '1,4,16,inf').split(',').map((key) => {
		const shape = SHAPES[key.trim()];
		if (!shape) throw new Error(`BENCH_SHAPES: no shape "${key}" (${Object.keys(SHAPES)})`);
		return shape;
	});
	const parallels: Parallel[] = (env.BENCH_PARALLEL ?? 'auto,50,32,16,8,4,2,1')
		.split(',')
		.map((value) => (value.trim() === 'auto' ? 'auto' : Number(value)));
	const rounds = Number(env.BENCH_ROUNDS ?? 1);
	const log = (line: string) => process.stderr.write(`${line}\n`);

	const sim = await startSimulator();
	const target = {
		baseUrl: sim.url,
		apiKey: SEED_KEYS.admin.key,
		apiSecret: SEED_KEYS.admin.secret,
	};
	const n8n = await BenchN8n.start(
		target,
		BENCH_CREDENTIAL.id,
		parallels.map((parallel) => libredeskCreateWorkflow(parallel)),
		log,
	);
	try {
		say(
			`Benchmark of server shapes, ${new Date().toISOString()}, Node ${process.version} (bench and simulator), n8n 2.41.1 on Node 24, ${rounds} round(s)`,
		);
		for (const shape of shapes) await benchShape(shape, parallels, rounds, sim, n8n, log);
	} finally {
		await n8n.stop();
		await sim.close();
	}
}

async function benchShape(
	shape: Shape,
	parallels: Parallel[],
	rounds: number,
	sim: Awaited<ReturnType<typeof startSimulator>>,
	n8n: BenchN8n,
	log: (line: string) => void,
): Promise<void> {
	const server = shapedServer(shape, isCreate);
	sim.setLatency(server.latency);
	const runs = new Map<Parallel, Run[]>();
	const leastMs = (parallel: number) =>
		(shape.items * shape.serviceMs) / Math.min(parallel, shape.workers);
	const bestFixed = () => {
		const fixed = [...runs].filter(([parallel]) => parallel !== 'auto');
		if (!fixed.length) return undefined;
		return fixed.reduce((a, b) => (median(msOf(a[1])) <= median(msOf(b[1])) ? a : b))[0];
	};
	for (const parallel of parallels) {
		const best = bestFixed();
		if (
			parallel !== 'auto' &&
			best !== undefined &&
			leastMs(parallel) > 1.25 * median(msOf(runs.get(best)!))
		) {
			continue;
		}
		for (let round = 0; round < rounds; round++) {
			sim.clearRequests();
			server.reset();
			const items = benchItems(shape.items, `${shape.workers}-${parallel}-${round}-${Date.now()}`);
			const figures = await n8n.run(libredeskCreateWorkflow(parallel).id, items);
			const run: Run = {
				ms: figures.nodeMs[WORK_NODE] ?? figures.wallMs,
				posts: sim.requests.filter(isCreate).length,
				maxInFlight: sim.maxInFlight,
				waitMs: meanWait(server.waits),
				status: figures.status,
				hints: figures.nodeHints[WORK_NODE] ?? [],
			};
			log(
				`[bench] ${shape.name}, ${parallel}: ${run.ms.toFixed(0)} ms, ${run.status}${run.hints.length ? `; ${run.hints.join(' ')}` : ''}`,
			);
			runs.set(parallel, [...(runs.get(parallel) ?? []), run]);
		}
	}
	sim.setLatency(0);
	report(shape, parallels, runs, bestFixed(), leastMs);
}

const msOf = (runs: Run[]) => runs.map((run) => run.ms);

function report(
	shape: Shape,
	parallels: Parallel[],
	runs: Map<Parallel, Run[]>,
	best: Parallel | undefined,
	leastMs: (parallel: number) => number,
): void {
	const bestMs = best !== undefined ? median(msOf(runs.get(best)!)) : NaN;
	say(`\n${shape.name}: ${shape.items} creates (the best fixed setting: ${best ?? 'none run'})`);
	say('| setting | time | / best fixed | mean queue wait | max in flight | Auto |');
	say('| --- | --- | --- | --- | --- | --- |');
	for (const parallel of parallels) {
		const measured = runs.get(parallel);
		if (!measured) {
			say(
				`| ${parallel} | not run (at least ${(leastMs(parallel as number) / 1000).toFixed(1)} s) | | | | |`,
			);
			continue;
		}
		const ms = median(msOf(measured));
		const wait = median(measured.map((run) => run.waitMs));
		const last = measured[measured.length - 1];
		const bad = measured.find((run) => run.status !== 'success' || run.posts !== shape.items);
		const auto = parallel === 'auto' ? (autoSummary(last.hints) ?? '') : '';
		say(
			`| ${parallel} | ${(ms / 1000).toFixed(2)} s | ${(ms / bestMs).toFixed(2)}x | ${wait.toFixed(0)} ms (${(wait / shape.serviceMs).toFixed(2)} service times) | ${Math.max(...measured.map((run) => run.maxInFlight))} | ${auto}${bad ? ` PROBLEM: ${bad.status}, ${bad.posts} POSTs` : ''} |`,
		);
	}
}

if (require.main === module) {
	main().catch((error: Error) => {
		process.stderr.write(`${error.stack ?? error.message}\n`);
		process.exitCode = 1;
	});
}
