/**
 * Bulk create: the same conversations created, in one n8n, by the Libredesk node at its default
 * (or at each BENCH_PARALLEL value), by n8n's HTTP Request node at its default, and by a raw axios
 * loop at the Libredesk node's concurrency; for each server latency and item count, over rounds.
 */
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import type { BenchN8n, RunFigures } from './n8nHarness';
import type { RawClient, RawFigures } from './rawClient';
import { figure, ratio, say } from './stats';
import {
	WORK_NODE,
	benchItems,
	baselineWorkflow,
	httpRequestCreateWorkflow,
	libredeskCreateWorkflow,
} from './workflows';

export interface BulkCreateConfig {
	latencies: number[];
	counts: number[];
	rounds: number;
	/** The Libredesk node's "Requests in Parallel" values; `default` = the workflow leaves it unset. */
	parallels: Array<{ value: number; isDefault: boolean }>;
}

/** One measured run and what the simulator saw during it. */
export interface Measured {
	ms: number;
	cpuMs: number;
	posts: number;
	maxInFlight: number;
	outputItems: number;
	status: string;
	error?: string;
}

const CREATE_PATH = '/api/v1/conversations';

export function bulkCreateWorkflows(baseUrl: string, config: BulkCreateConfig) {
	return [
		baselineWorkflow(),
		httpRequestCreateWorkflow(baseUrl),
		...config.parallels.map((parallel) =>
			libredeskCreateWorkflow(parallel.isDefault ? undefined : parallel.value),
		),
	];
}

export class BulkCreateBench {
	constructor(
		private readonly sim: Simulator,
		private readonly n8n: BenchN8n,
		private readonly raw: RawClient,
	) {}

	private posts(): number {
		return this.sim.requests.filter(
			(request) => request.method === 'POST' && request.path === CREATE_PATH,
		).length;
	}

	async inN8n(workflowId: string, items: unknown[]): Promise<Measured> {
		this.sim.clearRequests();
		const run: RunFigures = await this.n8n.run(workflowId, items);
		return {
			ms: run.nodeMs[WORK_NODE] ?? run.wallMs,
			cpuMs: run.cpuMs,
			posts: this.posts(),
			maxInFlight: this.sim.maxInFlight,
			outputItems: run.nodeItems[WORK_NODE] ?? 0,
			status: run.status,
			error: run.error,
		};
	}

	async rawClient(items: Array<Record<string, unknown>>, parallel: number): Promise<Measured> {
		this.sim.clearRequests();
		const authorization = `Basic ${Buffer.from(`${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`).toString('base64')}`;
		const bodies = items.map((item) => ({
			inbox_id: 1,
			contact_email: item.email,
			first_name: item.firstName,
			subject: item.subject,
			content: item.content,
			initiator: 'contact',
		}));
		const run: RawFigures = await this.raw.run({
			url: `${this.sim.url}${CREATE_PATH}`,
			authorization,
			bodies,
			parallel,
		});
		return {
			ms: run.wallMs,
			cpuMs: run.cpuMs,
			posts: this.posts(),
			maxInFlight: this.sim.maxInFlight,
			outputItems: run.statuses['200'] ?? 0,
			status: run.statuses['200'] === bodies.length ? 'success' : JSON.stringify(run.statuses),
		};
	}

	/** Runs the whole matrix and prints it. Returns every measurement, for checks. */
	async run(config: BulkCreateConfig): Promise<Map<string, Measured[]>> {
		const all = new Map<string, Measured[]>();
		const keep = (key: string, measured: Measured) =>
			all.set(key, [...(all.get(key) ?? []), measured]);
		const http = httpRequestCreateWorkflow(this.sim.url).id;
		const baseline = baselineWorkflow().id;
		for (const count of config.counts) {
			for (const latency of config.latencies) {
				this.sim.setLatency(latency);
				for (let round = 0; round < config.rounds; round++) {
					const tag = `${count}-${latency}-${round}-${Date.now()}`;
					const items = benchItems(count, tag) as unknown as Array<Record<string, unknown>>;
					keep(`${count}/${latency}/baseline`, await this.inN8n(baseline, items));
					for (const parallel of config.parallels) {
						const workflow = libredeskCreateWorkflow(
							parallel.isDefault ? undefined : parallel.value,
						).id;
						keep(
							`${count}/${latency}/node/${parallel.value}`,
							await this.inN8n(workflow, benchItems(count, `${tag}-n${parallel.value}`)),
						);
						keep(
							`${count}/${latency}/raw/${parallel.value}`,
							await this.rawClient(
								benchItems(count, `${tag}-r${parallel.value}`) as unknown as Array<
									Record<string, unknown>
								>,
								parallel.value,
							),
						);
					}
					keep(`${count}/${latency}/http`, await this.inN8n(http, benchItems(count, `${tag}-h`)));
				}
				this.report(all, count, latency, config);
			}
		}
		this.sim.setLatency(0);
		return all;
	}

	private report(
		all: Map<string, Measured[]>,
		count: number,
		latency: number,
		config: BulkCreateConfig,
	): void {
		const get = (name: string) => all.get(`${count}/${latency}/${name}`) ?? [];
		const ms = (name: string) => get(name).map((measured) => measured.ms);
		const perItemCpu = (name: string, baseline?: string) =>
			get(name).map(
				(measured, round) => (measured.cpuMs - (baseline ? get(baseline)[round].cpuMs : 0)) / count,
			);
		const seen = (name: string) => {
			const runs = get(name);
			const last = runs[runs.length - 1];
			const bad = runs.find(
				(measured) => measured.status !== 'success' || measured.posts !== count,
			);
			return `${last.posts} POSTs, max ${Math.max(...runs.map((measured) => measured.maxInFlight))} in flight${bad ? `; PROBLEM: ${bad.status} ${bad.posts} POSTs ${bad.error ?? ''}` : ''}`;
		};
		say(
			`\nBulk create: ${count} items, ${latency} ms server latency, ${config.rounds} rounds (times: n8n's executionTime of the node; raw: wall time)`,
		);
		say(
			`  HTTP Request node (default: all at once): ${figure(ms('http'))}; ${seen('http')}; n8n CPU ${figure(perItemCpu('http', 'baseline'), 'ms/item', 1)}`,
		);
		for (const parallel of config.parallels) {
			const node = `node/${parallel.value}`;
			const raw = `raw/${parallel.value}`;
			say(
				`  Libredesk node, ${parallel.value} in parallel${parallel.isDefault ? ' (default)' : ''}: ${figure(ms(node))}; ${seen(node)}; n8n CPU ${figure(perItemCpu(node, 'baseline'), 'ms/item', 1)}`,
			);
			say(
				`  raw axios loop, ${parallel.value} in parallel: ${figure(ms(raw))}; ${seen(raw)}; CPU ${figure(perItemCpu(raw), 'ms/item', 2)}`,
			);
			say(
				`    node / HTTP Request node: ${ratio(ms(node), ms('http'))}; node / raw client: ${ratio(ms(node), ms(raw))}`,
			);
			const above = get(node).map(
				(_, round) => perItemCpu(node, 'baseline')[round] - perItemCpu(raw)[round],
			);
			say(`    node CPU per item above the raw client: ${figure(above, 'ms', 1)}`);
		}
	}
}
