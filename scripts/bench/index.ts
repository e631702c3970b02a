/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * `npm run bench`: the Libredesk node in a real n8n (the packed package, n8n 2.41.1) next to
 * n8n's HTTP Request node and a raw HTTP client, creating conversations in bulk.
 *
 * Against the simulator (default), with latency. Options (env):
 *   BENCH_LATENCIES (default "0,20,80" ms), BENCH_ITEMS (default "200,1000"), BENCH_ROUNDS (3),
 *   BENCH_PARALLEL (the node's "Requests in Parallel": "auto" and/or numbers; default "auto,50"),
 *   BENCH_RAW_PARALLEL (the raw client's; default 50),
 *   BENCH_GET_MANY_LATENCY (default 5 ms; the Get Many run reads what the creates left, at least 3000).
 *
 * Against a real Libredesk when LIBREDESK_URL, LIBREDESK_API_KEY and LIBREDESK_API_SECRET are set
 * (LIBREDESK_INBOX_ID: an enabled email inbox, default 1): BENCH_ITEMS default 300, BENCH_ROUNDS 1,
 * BENCH_PARALLEL "auto,1,5,50", BENCH_RAW_PARALLEL 5. With LIBREDESK_AGENT_API_KEY and
 * LIBREDESK_AGENT_API_SECRET (a second key) the agent probe reads one conversation
 * (LIBREDESK_PROBE_CONVERSATION_UUID, else one the bench creates) every 250 ms, for BENCH_IDLE_MS
 * (default 10000) alone before each run and during it.
 */
import { chooseTarget } from '../lib/target';
import type { Target } from '../lib/target';
import { AgentProbe } from './agentProbe';
import { BulkCreateBench, bulkCreateWorkflows } from './bulk-create';
import type { BenchServer, BulkCreateConfig } from './bulk-create';
import { benchGetMany, fillConversations } from './get-many';
import { BenchN8n } from './n8nHarness';
import { RawClient } from './rawClient';
import { say } from './stats';
import { BENCH_CREDENTIAL, libredeskGetAllWorkflow } from './workflows';
import type { Parallel } from './workflows';

const numbers = (text: string | undefined, fallback: number[]) =>
	text ? text.split(',').map(Number) : fallback;
const parallels = (text: string | undefined, fallback: Parallel[]): Parallel[] =>
	text
		? text.split(',').map((value) => (value.trim() === 'auto' ? 'auto' : Number(value)))
		: fallback;

export function configFromEnv(live: boolean): BulkCreateConfig {
	const env = process.env;
	return {
		latencies: live ? [0] : numbers(env.BENCH_LATENCIES, [0, 20, 80]),
		counts: numbers(env.BENCH_ITEMS, live ? [300] : [200, 1000]),
		rounds: Number(env.BENCH_ROUNDS ?? (live ? 1 : 3)),
		parallels: parallels(env.BENCH_PARALLEL, live ? ['auto', 1, 5, 50] : ['auto', 50]),
		rawParallels: numbers(env.BENCH_RAW_PARALLEL, live ? [5] : [50]),
		idleMs: Number(env.BENCH_IDLE_MS ?? 10_000),
	};
}

export const basicAuth = (key: string, secret: string) =>
	`Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

export function benchServer(target: Target): BenchServer {
	return {
		url: target.baseUrl.replace(/\/+$/, ''),
		authorization: basicAuth(target.apiKey, target.apiSecret),
		inboxId: target.inboxId,
		sim: target.sim,
	};
}

/** The conversation the probe reads: the one named in the environment, or a new one. */
async function probeConversation(server: BenchServer): Promise<string> {
	if (process.env.LIBREDESK_PROBE_CONVERSATION_UUID)
		return process.env.LIBREDESK_PROBE_CONVERSATION_UUID;
	const response = await fetch(`${server.url}/api/v1/conversations`, {
		method: 'POST',
		headers: { Authorization: server.authorization, 'Content-Type': 'application/json' },
		body: JSON.stringify({
			inbox_id: Number(server.inboxId),
			contact_email: 'bench.probe@example.com',
			first_name: 'Probe',
			subject: 'Bench probe',
			content: '<p>Read by the bench agent probe</p>',
			initiator: 'contact',
		}),
	});
	const { data } = (await response.json()) as { data: { uuid: string } };
	return data.uuid;
}

async function startProbe(server: BenchServer): Promise<AgentProbe | undefined> {
	const { LIBREDESK_AGENT_API_KEY: key, LIBREDESK_AGENT_API_SECRET: secret } = process.env;
	if (server.sim || !key || !secret) return undefined;
	const uuid = await probeConversation(server);
	return AgentProbe.start({
		url: `${server.url}/api/v1/conversations/${uuid}`,
		authorization: basicAuth(key, secret),
		intervalMs: 250,
	});
}

async function main(): Promise<void> {
	const target = await chooseTarget();
	const server = benchServer(target);
	const config = configFromEnv(!target.sim);
	const log = (line: string) => process.stderr.write(`${line}\n`);
	const n8n = await BenchN8n.start(
		target,
		BENCH_CREDENTIAL.id,
		[...bulkCreateWorkflows(server, config), libredeskGetAllWorkflow()],
		log,
	);
	const raw = RawClient.start();
	const probe = await startProbe(server);
	try {
		say(
			`Benchmark, ${new Date().toISOString()}, Node ${process.version} (bench), n8n 2.41.1 on Node 24, against ${target.description}${probe ? '; agent probe on' : ''}`,
		);
		await new BulkCreateBench(server, n8n, raw, probe).run(config);
		if (target.sim) {
			await fillConversations(target.sim, 3000);
			await benchGetMany(
				target.sim,
				n8n,
				Number(process.env.BENCH_GET_MANY_LATENCY ?? 5),
				config.rounds,
			);
		}
	} finally {
		probe?.stop();
		raw.stop();
		await n8n.stop();
		await target.sim?.close();
	}
}

if (require.main === module) {
	main().catch((error: Error) => {
		process.stderr.write(`${error.stack ?? error.message}\n`);
		process.exitCode = 1;
	});
}
