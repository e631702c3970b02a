/**
 * `npm run bench:smoke`: the benchmark in miniature for CI (120 items, more than the default bound; one round), checking what
 * it counts, not how long it takes: every item sent exactly once by each client, the Libredesk node
 * never above its bound in flight (and really in parallel), Get Many at the fewest pages.
 */
import { startSimulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { DEFAULT_REQUESTS_IN_PARALLEL } from '../../nodes/Libredesk/actions/shared/requestsInParallel';
import { MAX_PAGE_SIZE } from '../../nodes/Libredesk/transport';
import { BulkCreateBench, bulkCreateWorkflows } from './bulk-create';
import type { BulkCreateConfig, Measured } from './bulk-create';
import { benchGetMany } from './get-many';
import { BenchN8n } from './n8nHarness';
import { RawClient } from './rawClient';
import { say } from './stats';
import { BENCH_CREDENTIAL, libredeskGetAllWorkflow } from './workflows';

const ITEMS = 120;
const config: BulkCreateConfig = {
	latencies: [50],
	counts: [ITEMS],
	rounds: 1,
	parallels: [{ value: DEFAULT_REQUESTS_IN_PARALLEL, isDefault: true }],
};

const problems: string[] = [];
function check(what: string, ok: boolean): void {
	say(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
	if (!ok) problems.push(what);
}

function checkRun(name: string, runs: Measured[] | undefined, bound?: number): void {
	const run = runs?.[0];
	check(
		`${name}: ran (${run?.status ?? 'missing'}${run?.error ? `: ${run.error}` : ''})`,
		run?.status === 'success',
	);
	check(`${name}: ${ITEMS} items sent exactly once (${run?.posts} POSTs)`, run?.posts === ITEMS);
	check(`${name}: ${ITEMS} items out (${run?.outputItems})`, run?.outputItems === ITEMS);
	if (bound !== undefined)
		check(
			`${name}: at most ${bound} requests in flight, and more than 1 (${run?.maxInFlight})`,
			(run?.maxInFlight ?? 0) <= bound && (run?.maxInFlight ?? 0) > 1,
		);
}

async function main(): Promise<void> {
	const sim = await startSimulator();
	const target = {
		baseUrl: sim.url,
		apiKey: SEED_KEYS.admin.key,
		apiSecret: SEED_KEYS.admin.secret,
	};
	const n8n = await BenchN8n.start(
		target,
		BENCH_CREDENTIAL.id,
		[...bulkCreateWorkflows(sim.url, config), libredeskGetAllWorkflow()],
		(line) => process.stderr.write(`${line}\n`),
	);
	const raw = RawClient.start();
	try {
		const all = await new BulkCreateBench(sim, n8n, raw).run(config);
		const key = (name: string) => all.get(`${ITEMS}/${config.latencies[0]}/${name}`);
		say('\nSmoke checks:');
		checkRun(
			'Libredesk node',
			key(`node/${DEFAULT_REQUESTS_IN_PARALLEL}`),
			DEFAULT_REQUESTS_IN_PARALLEL,
		);
		checkRun('HTTP Request node', key('http'));
		checkRun(
			'raw client',
			key(`raw/${DEFAULT_REQUESTS_IN_PARALLEL}`),
			DEFAULT_REQUESTS_IN_PARALLEL,
		);
		const getMany = await benchGetMany(sim, n8n, 0, 1);
		const pages = Math.max(1, Math.ceil(getMany.total / MAX_PAGE_SIZE));
		check(
			`Get Many: all ${getMany.total} conversations (${getMany.nodeItems}) in ${pages} page requests (${getMany.nodeRequests})`,
			getMany.nodeItems === getMany.total && getMany.nodeRequests === pages,
		);
	} finally {
		raw.stop();
		await n8n.stop();
		await sim.close();
	}
	if (problems.length) throw new Error(`bench smoke failed: ${problems.join('; ')}`);
	say('bench smoke passed');
}

main().catch((error: Error) => {
	process.stderr.write(`${error.stack ?? error.message}\n`);
	process.exitCode = 1;
});
