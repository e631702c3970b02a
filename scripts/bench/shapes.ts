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
 * BENCH_PARALLEL (default "auto,50,32,16,8,4,2,1"), BENCH_ROUNDS (3). Each round runs every setting
 * once, in an order turned by one each round; a setting's ratio is its time over the best fixed
 * time of the same round, and the table gives the median over the rounds. A fixed setting that
 * cannot come within 1.25x of the best fixed time of the first round (its least possible time,
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
	const rounds = Number(env.BENCH_ROUNDS ?? 3);
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
	const skipped = new Set<Parallel>();
	for (let round = 0; round < rounds; round++) {
		// Each round runs every setting once, the order turned by one each round, so that a slow
		// stretch of a busy machine does not fall on one setting only; ratios are taken per round.
		const order = parallels.map((_, index) => parallels[(index + round) % parallels.length]);
		for (const parallel of order) {
			const best = round === 0 ? fastestFixed(runs, 0) : undefined;
			if (
				parallel !== 'auto' &&
				(skipped.has(parallel) || (best !== undefined && leastMs(parallel) > 1.25 * best.ms))
			) {
				skipped.add(parallel);
				continue;
			}
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
				`[bench] ${shape.name}, round ${round + 1}, ${parallel}: ${run.ms.toFixed(0)} ms, wait ${(run.waitMs / shape.serviceMs).toFixed(2)} service times, ${run.status}${run.hints.length ? `; ${run.hints.join(' ')}` : ''}`,
			);
			runs.set(parallel, [...(runs.get(parallel) ?? []), run]);
		}
	}
	sim.setLatency(0);
	report(shape, parallels, runs, rounds, leastMs);
}

/** The fastest fixed setting of one round (its index in each setting's runs), if any ran. */
function fastestFixed(
	runs: Map<Parallel, Run[]>,
	round: number,
): { parallel: Parallel; ms: number } | undefined {
	let best: { parallel: Parallel; ms: number } | undefined;
	for (const [parallel, measured] of runs) {
		const run = measured[round];
		if (parallel === 'auto' || !run) continue;
		if (!best || run.ms < best.ms) best = { parallel, ms: run.ms };
	}
	return best;
}

function report(
	shape: Shape,
	parallels: Parallel[],
	runs: Map<Parallel, Run[]>,
	rounds: number,
	leastMs: (parallel: number) => number,
): void {
	const bests = Array.from({ length: rounds }, (_, round) => fastestFixed(runs, round));
	const bestOf = bests.map((best) => String(best?.parallel ?? 'none')).join(', ');
	say(
		`\n${shape.name}: ${shape.items} creates, ${rounds} round(s) (the best fixed setting of each round: ${bestOf})`,
	);
	say(
		'| setting | time (median) | / best fixed of the round (median; each round) | mean queue wait (median) | max in flight | Auto |',
	);
	say('| --- | --- | --- | --- | --- | --- |');
	for (const parallel of parallels) {
		const measured = runs.get(parallel);
		if (!measured) {
			say(
				`| ${parallel} | not run (at least ${(leastMs(parallel as number) / 1000).toFixed(1)} s) | | | | |`,
			);
			continue;
		}
		const ratios = measured.map((run, round) => run.ms / (bests[round]?.ms ?? NaN));
		const wait = median(measured.map((run) => run.waitMs));
		const bad = measured.find((run) => run.status !== 'success' || run.posts !== shape.items);
		const auto =
			parallel === 'auto'
				? measured
						.map((run) => autoSummary(run.hints)?.replace('Auto settled on ', '') ?? '?')
						.join('; ')
				: '';
		say(
			`| ${parallel} | ${(median(msOf(measured)) / 1000).toFixed(2)} s | ${median(ratios).toFixed(2)}x (${ratios.map((value) => value.toFixed(2)).join(', ')}) | ${wait.toFixed(0)} ms (${(wait / shape.serviceMs).toFixed(2)} service times; ${measured.map((run) => (run.waitMs / shape.serviceMs).toFixed(2)).join(', ')}) | ${Math.max(...measured.map((run) => run.maxInFlight))} | ${auto}${bad ? ` PROBLEM: ${bad.status}, ${bad.posts} POSTs` : ''} |`,
		);
	}
}

const msOf = (runs: Run[]) => runs.map((run) => run.ms);

if (require.main === module) {
	main().catch((error: Error) => {
		process.stderr.write(`${error.stack ?? error.message}\n`);
		process.exitCode = 1;
	});
}
