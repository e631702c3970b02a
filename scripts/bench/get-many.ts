/**
 * `npm run bench`: Conversation → Get Many with Return All, measured in one run against the
 * simulator with network latency, next to a baseline that pages the way a hand-built HTTP Request
 * node does with Libredesk's default page size (30). Prints both times and their ratio.
 * Options (env): BENCH_CONVERSATIONS (default 3000), BENCH_LATENCY_MS (default 5), BENCH_ROUNDS (3).
 */
// First: a private n8n user folder and the legacy expression engine, before n8n-core loads.
import '../../test/setup-env';
import { credentialsFor } from '../../test/helpers/fixtures';
import { libredeskNode, runNode } from '../../test/helpers/n8n';
import { startSimulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 3000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function main(): Promise<void> {
	const sim = await startSimulator();
	const auth = `Basic ${Buffer.from(`${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`).toString('base64')}`;
	for (let index = 0; index < CONVERSATIONS; index++) {
		await fetch(`${sim.url}/api/v1/conversations`, {
			method: 'POST',
			headers: { Authorization: auth, 'Content-Type': 'application/json' },
			body: JSON.stringify({ inbox_id: 1, contact_email: `bench${index % 50}@example.com`, first_name: 'Bench', content: 'x', initiator: 'contact' }),
		});
	}
	sim.setLatency(LATENCY_MS);

	const node = libredeskNode({ resource: 'conversation', operation: 'getAll', list: 'all', returnAll: true, simplify: false });
	const ours = async () => (await runNode(node, [{ json: {} }], credentialsFor(sim))).length;
	const baseline = async () => {
		let rows = 0;
		for (let page = 1; ; page++) {
			const response = await fetch(`${sim.url}/api/v1/conversations/all?page=${page}&page_size=30`, { headers: { Authorization: auth } });
			const { data } = (await response.json()) as { data: { results: unknown[]; total_pages: number } };
			rows += data.results.length;
			if (page >= data.total_pages) return rows;
		}
	};

	const time = async (run: () => Promise<number>) => {
		sim.clearRequests();
		const started = process.hrtime.bigint();
		const rows = await run();
		return { ms: Number(process.hrtime.bigint() - started) / 1e6, rows, requests: sim.requests.length };
	};
	await ours();
	await baseline();
	const results = { ours: [] as number[], baseline: [] as number[] };
	let counts = { ours: { rows: 0, requests: 0 }, baseline: { rows: 0, requests: 0 } };
	for (let round = 0; round < ROUNDS; round++) {
		const a = await time(ours);
		const b = await time(baseline);
		results.ours.push(a.ms);
		results.baseline.push(b.ms);
		counts = { ours: { rows: a.rows, requests: a.requests }, baseline: { rows: b.rows, requests: b.requests } };
	}
	const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
	const say = (line: string) => process.stdout.write(`${line}\n`);
	say(`Get Many, Return All: ${CONVERSATIONS} conversations, ${LATENCY_MS} ms simulated latency per request, median of ${ROUNDS} rounds`);
	say(`  node (through n8n-core, page_size 500):      ${median(results.ours).toFixed(0)} ms, ${counts.ours.requests} requests, ${counts.ours.rows} items`);
	say(`  baseline (plain fetch, default page_size 30): ${median(results.baseline).toFixed(0)} ms, ${counts.baseline.requests} requests, ${counts.baseline.rows} rows`);
	say(`  ratio baseline / node: ${(median(results.baseline) / median(results.ours)).toFixed(2)}x`);
	await sim.close();
}

void main();
