/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * `npm run bench:smoke`: the benchmark in miniature for CI (120 items, more than the largest bound; one round), checking what
 * it counts, not how long it takes: every item sent exactly once by each client, the Libredesk node
 * at Auto (its default) and at a fixed 50 never above 50 in flight (and really in parallel), Auto
 * saying where it settled, Get Many at the fewest pages.
 */
import { startSimulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import {
	DEFAULT_REQUESTS_IN_PARALLEL,
	MAX_REQUESTS_IN_PARALLEL,
} from '../../nodes/Libredesk/concurrency/requestsInParallel';
import { MAX_PAGE_SIZE } from '../../nodes/Libredesk/transport';
import { BulkCreateBench, autoSummary, bulkCreateWorkflows, nodeKey, rawKey } from './bulk-create';
import type { BulkCreateConfig, Measured } from './bulk-create';
import { basicAuth } from './index';
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
	parallels: ['auto', DEFAULT_REQUESTS_IN_PARALLEL],
	rawParallels: [DEFAULT_REQUESTS_IN_PARALLEL],
	idleMs: 0,
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
	const server = {
		url: sim.url,
		authorization: basicAuth(target.apiKey, target.apiSecret),
		inboxId: '1',
		sim,
	};
	const n8n = await BenchN8n.start(
		target,
		BENCH_CREDENTIAL.id,
		[...bulkCreateWorkflows(server, config), libredeskGetAllWorkflow()],
		(line) => process.stderr.write(`${line}\n`),
	);
	const raw = RawClient.start();
	try {
		const all = await new BulkCreateBench(server, n8n, raw).run(config);
		const key = (name: string) => all.get(`${ITEMS}/${config.latencies[0]}/${name}`);
		say('\nSmoke checks:');
		const auto = key(nodeKey('auto'));
		checkRun('Libredesk node at Auto (default)', auto, MAX_REQUESTS_IN_PARALLEL);
		const settled = autoSummary(auto?.[0]?.hints ?? []);
		check(`Libredesk node at Auto: says where it settled (${settled ?? 'no hint'})`, !!settled);
		checkRun(
			`Libredesk node at ${DEFAULT_REQUESTS_IN_PARALLEL}`,
			key(nodeKey(DEFAULT_REQUESTS_IN_PARALLEL)),
			DEFAULT_REQUESTS_IN_PARALLEL,
		);
		checkRun('HTTP Request node', key('http'));
		checkRun('raw client', key(rawKey(DEFAULT_REQUESTS_IN_PARALLEL)), DEFAULT_REQUESTS_IN_PARALLEL);
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
