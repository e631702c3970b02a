/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Get Many with Return All, in the real n8n, next to a baseline that pages the way a hand-built
 * HTTP Request node does with Libredesk's default page size (30). Reads whatever conversations the
 * simulator holds (the bulk-create bench fills it; `fill` adds more when asked).
 */
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import type { BenchN8n } from './n8nHarness';
import { figure, ratio, say } from './stats';
import { WORK_NODE, libredeskGetAllWorkflow } from './workflows';

const auth = `Basic ${Buffer.from(`${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`).toString('base64')}`;

export async function fillConversations(sim: Simulator, atLeast: number): Promise<void> {
	for (let index = sim.state.conversations.length; index < atLeast; index++) {
		await fetch(`${sim.url}/api/v1/conversations`, {
			method: 'POST',
			headers: { Authorization: auth, 'Content-Type': 'application/json' },
			body: JSON.stringify({
				inbox_id: 1,
				contact_email: `bench${index % 50}@example.com`,
				first_name: 'Bench',
				content: 'x',
				initiator: 'contact',
			}),
		});
	}
}

export interface GetManyFigures {
	nodeRequests: number;
	nodeItems: number;
	total: number;
}

export async function benchGetMany(
	sim: Simulator,
	n8n: BenchN8n,
	latencyMs: number,
	rounds: number,
): Promise<GetManyFigures> {
	sim.setLatency(latencyMs);
	const workflowId = libredeskGetAllWorkflow().id;
	const pages = () =>
		sim.requests.filter(
			(request) => request.method === 'GET' && request.path === '/api/v1/conversations/all',
		).length;
	const baseline = async () => {
		let rows = 0;
		for (let page = 1; ; page++) {
			const response = await fetch(
				`${sim.url}/api/v1/conversations/all?page=${page}&page_size=30`,
				{ headers: { Authorization: auth } },
			);
			const { data } = (await response.json()) as {
				data: { results: unknown[]; total_pages: number };
			};
			rows += data.results.length;
			if (page >= data.total_pages) return rows;
		}
	};
	const node: number[] = [];
	const plain: number[] = [];
	let figures: GetManyFigures = {
		nodeRequests: 0,
		nodeItems: 0,
		total: sim.state.conversations.length,
	};
	let baselineRequests = 0;
	for (let round = 0; round < rounds; round++) {
		sim.clearRequests();
		const run = await n8n.run(workflowId, [{}]);
		node.push(run.nodeMs[WORK_NODE]);
		figures = {
			nodeRequests: pages(),
			nodeItems: run.nodeItems[WORK_NODE],
			total: sim.state.conversations.length,
		};
		sim.clearRequests();
		const started = process.hrtime.bigint();
		await baseline();
		plain.push(Number(process.hrtime.bigint() - started) / 1e6);
		baselineRequests = pages();
	}
	sim.setLatency(0);
	say(
		`\nGet Many, Return All: ${figures.total} conversations, ${latencyMs} ms server latency, ${rounds} rounds`,
	);
	say(
		`  Libredesk node in n8n (page_size 500): ${figure(node)}; ${figures.nodeRequests} requests, ${figures.nodeItems} items`,
	);
	say(`  plain fetch, default page_size 30:    ${figure(plain)}; ${baselineRequests} requests`);
	say(`  baseline / node: ${ratio(plain, node)}`);
	return figures;
}
