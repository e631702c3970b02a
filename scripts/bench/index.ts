/**
 * `npm run bench`: the Libredesk node in a real n8n (the packed package, n8n 2.41.1) against the
 * simulator with latency, next to n8n's HTTP Request node and a raw HTTP client.
 * Options (env):
 *   BENCH_LATENCIES (default "0,20,80" ms), BENCH_ITEMS (default "200,1000"), BENCH_ROUNDS (3),
 *   BENCH_PARALLEL (the node's "Requests in Parallel" values, default: its default),
 *   BENCH_GET_MANY_LATENCY (default 5 ms; the Get Many run reads what the creates left, at least 3000).
 */
import { startSimulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { DEFAULT_REQUESTS_IN_PARALLEL } from '../../nodes/Libredesk/actions/shared/requestsInParallel';
import { BulkCreateBench, bulkCreateWorkflows } from './bulk-create';
import type { BulkCreateConfig } from './bulk-create';
import { benchGetMany, fillConversations } from './get-many';
import { BenchN8n } from './n8nHarness';
import { RawClient } from './rawClient';
import { say } from './stats';
import { BENCH_CREDENTIAL, libredeskGetAllWorkflow } from './workflows';

const numbers = (text: string | undefined, fallback: number[]) =>
	text ? text.split(',').map(Number) : fallback;

export function configFromEnv(): BulkCreateConfig {
	const parallels = numbers(process.env.BENCH_PARALLEL, [DEFAULT_REQUESTS_IN_PARALLEL]);
	return {
		latencies: numbers(process.env.BENCH_LATENCIES, [0, 20, 80]),
		counts: numbers(process.env.BENCH_ITEMS, [200, 1000]),
		rounds: Number(process.env.BENCH_ROUNDS ?? 3),
		parallels: parallels.map((value) => ({
			value,
			isDefault: value === DEFAULT_REQUESTS_IN_PARALLEL,
		})),
	};
}

async function main(): Promise<void> {
	const config = configFromEnv();
	const sim = await startSimulator();
	const target = {
		baseUrl: sim.url,
		apiKey: SEED_KEYS.admin.key,
		apiSecret: SEED_KEYS.admin.secret,
	};
	const log = (line: string) => process.stderr.write(`${line}\n`);
	const n8n = await BenchN8n.start(
		target,
		BENCH_CREDENTIAL.id,
		[...bulkCreateWorkflows(sim.url, config), libredeskGetAllWorkflow()],
		log,
	);
	const raw = RawClient.start();
	try {
		say(
			`Benchmark, ${new Date().toISOString()}, Node ${process.version} (bench), n8n 2.41.1 on Node 24`,
		);
		await new BulkCreateBench(sim, n8n, raw).run(config);
		await fillConversations(sim, 3000);
		await benchGetMany(sim, n8n, Number(process.env.BENCH_GET_MANY_LATENCY ?? 5), config.rounds);
	} finally {
		raw.stop();
		await n8n.stop();
		await sim.close();
	}
}

if (require.main === module) {
	main().catch((error: Error) => {
		process.stderr.write(`${error.stack ?? error.message}\n`);
		process.exitCode = 1;
	});
}
