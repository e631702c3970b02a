/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Bulk create: the same conversations created, in one n8n, by the Libredesk node at each
 * "Requests in Parallel" value (Auto and fixed numbers), by n8n's HTTP Request node at its default,
 * and by a raw axios loop; against the simulator (for each latency, counting what it received) or
 * a real Libredesk, optionally with the agent probe reading beside each run.
 */
import type { Simulator } from '../../simulator/server';
import type { AgentProbe, ProbeWindow } from './agentProbe';
import type { BenchN8n, RunFigures } from './n8nHarness';
import type { RawClient, RawFigures } from './rawClient';
import { figure, median, ratio, say } from './stats';
import {
	WORK_NODE,
	benchItems,
	baselineWorkflow,
	httpRequestCreateWorkflow,
	libredeskCreateWorkflow,
	parallelLabel,
} from './workflows';
import type { Parallel } from './workflows';

export interface BulkCreateConfig {
	/** Server latencies of the simulator (a real Libredesk: one pass, the value is not used). */
	latencies: number[];
	counts: number[];
	rounds: number;
	/** The Libredesk node's "Requests in Parallel" settings. */
	parallels: Parallel[];
	/** How many requests the raw client has in flight, one run each. */
	rawParallels: number[];
	/** With the agent probe: how long it reads alone before each run. */
	idleMs: number;
}

/** Where the creates go: the simulator (which counts them) or a real Libredesk. */
export interface BenchServer {
	url: string;
	/** The admin key's Authorization header, for the raw client. */
	authorization: string;
	inboxId: string;
	sim?: Simulator;
}

/** One measured run, what the simulator saw during it, and what the agent probe saw. */
export interface Measured {
	ms: number;
	cpuMs: number;
	/** Counted by the simulator; undefined against a real Libredesk. */
	posts?: number;
	maxInFlight?: number;
	outputItems: number;
	status: string;
	error?: string;
	hints: string[];
	probe?: { idle: ProbeWindow; during: ProbeWindow };
}

const CREATE_PATH = '/api/v1/conversations';

export function bulkCreateWorkflows(server: BenchServer, config: BulkCreateConfig) {
	return [
		baselineWorkflow(),
		httpRequestCreateWorkflow(server.url, server.inboxId),
		...config.parallels.map((parallel) => libredeskCreateWorkflow(parallel, server.inboxId)),
	];
}

export const nodeKey = (parallel: Parallel) => `node/${parallel}`;
export const rawKey = (parallel: number) => `raw/${parallel}`;

/** "settled on 3 … highest 8" from the node's Auto hint, as "settled on 3 (highest 8)". */
export function autoSummary(hints: string[]): string | undefined {
	const found = hints.map((hint) => /settled on (\d+) .*highest (\d+)/.exec(hint)).find(Boolean);
	return found ? `Auto settled on ${found[1]} (highest ${found[2]})` : undefined;
}

export class BulkCreateBench {
	constructor(
		private readonly server: BenchServer,
		private readonly n8n: BenchN8n,
		private readonly raw: RawClient,
		private readonly probe?: AgentProbe,
	) {}

	private counted(): Pick<Measured, 'posts' | 'maxInFlight'> {
		const sim = this.server.sim;
		if (!sim) return {};
		const posts = sim.requests.filter(
			(request) => request.method === 'POST' && request.path === CREATE_PATH,
		).length;
		return { posts, maxInFlight: sim.maxInFlight };
	}

	/** Runs one client, with the probe's idle window before it and its window during it. */
	private async watched(name: string, run: () => Promise<Measured>): Promise<Measured> {
		const idle = this.probe ? await this.probe.idle(this.idleMs) : undefined;
		this.probe?.begin();
		const measured = await run();
		const during = await this.probe?.end();
		// Progress on stderr; the figures are printed once the setting's rounds are done.
		process.stderr.write(
			`[bench] ${name}: ${measured.ms.toFixed(0)} ms, ${measured.status}${during && idle ? `, agent p95 ${during.p95Ms.toFixed(0)} ms (idle ${idle.p95Ms.toFixed(0)})` : ''}\n`,
		);
		return idle && during ? { ...measured, probe: { idle, during } } : measured;
	}

	private idleMs = 0;

	async inN8n(workflowId: string, items: unknown[]): Promise<Measured> {
		this.server.sim?.clearRequests();
		const run: RunFigures = await this.n8n.run(workflowId, items);
		return {
			ms: run.nodeMs[WORK_NODE] ?? run.wallMs,
			cpuMs: run.cpuMs,
			...this.counted(),
			outputItems: run.nodeItems[WORK_NODE] ?? 0,
			status: run.status,
			error: run.error,
			hints: run.nodeHints[WORK_NODE] ?? [],
		};
	}

	async rawClient(items: Array<Record<string, unknown>>, parallel: number): Promise<Measured> {
		this.server.sim?.clearRequests();
		const bodies = items.map((item) => ({
			inbox_id: Number(this.server.inboxId),
			contact_email: item.email,
			first_name: item.firstName,
			subject: item.subject,
			content: item.content,
			initiator: 'contact',
		}));
		const run: RawFigures = await this.raw.run({
			url: `${this.server.url}${CREATE_PATH}`,
			authorization: this.server.authorization,
			bodies,
			parallel,
		});
		return {
			ms: run.wallMs,
			cpuMs: run.cpuMs,
			...this.counted(),
			outputItems: run.statuses['200'] ?? 0,
			status: run.statuses['200'] === bodies.length ? 'success' : JSON.stringify(run.statuses),
			hints: [],
		};
	}

	/** Runs the whole matrix and prints it. Returns every measurement, for checks. */
	async run(config: BulkCreateConfig): Promise<Map<string, Measured[]>> {
		this.idleMs = config.idleMs;
		const all = new Map<string, Measured[]>();
		const keep = (key: string, measured: Measured) =>
			all.set(key, [...(all.get(key) ?? []), measured]);
		const http = httpRequestCreateWorkflow(this.server.url, this.server.inboxId).id;
		const baseline = baselineWorkflow().id;
		const rows = (count: number, tag: string) =>
			benchItems(count, tag) as unknown as Array<Record<string, unknown>>;
		for (const count of config.counts) {
			for (const latency of config.latencies) {
				this.server.sim?.setLatency(latency);
				for (let round = 0; round < config.rounds; round++) {
					const tag = `${count}-${latency}-${round}-${Date.now()}`;
					const at = (name: string) => `${count}/${latency}/${name}`;
					keep(at('baseline'), await this.inN8n(baseline, rows(count, tag)));
					for (const parallel of config.parallels) {
						const workflow = libredeskCreateWorkflow(parallel, this.server.inboxId).id;
						const items = rows(count, `${tag}-n${parallel}`);
						keep(
							at(nodeKey(parallel)),
							await this.watched(at(nodeKey(parallel)), () => this.inN8n(workflow, items)),
						);
					}
					const httpItems = rows(count, `${tag}-h`);
					keep(at('http'), await this.watched(at('http'), () => this.inN8n(http, httpItems)));
					for (const parallel of config.rawParallels) {
						const items = rows(count, `${tag}-r${parallel}`);
						keep(
							at(rawKey(parallel)),
							await this.watched(at(rawKey(parallel)), () => this.rawClient(items, parallel)),
						);
					}
				}
				this.report(all, count, latency, config);
			}
		}
		this.server.sim?.setLatency(0);
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
				(measured) =>
					measured.status !== 'success' ||
					measured.outputItems !== count ||
					(measured.posts !== undefined && measured.posts !== count),
			);
			const counts =
				last.posts === undefined
					? `${last.outputItems} created`
					: `${last.posts} POSTs, max ${Math.max(...runs.map((measured) => measured.maxInFlight ?? 0))} in flight`;
			const auto = autoSummary(last.hints);
			const problem = bad
				? `; PROBLEM: ${bad.status} ${bad.posts ?? bad.outputItems} ${bad.error ?? ''}`
				: '';
			return `${counts}${auto ? `; ${auto}` : ''}${problem}`;
		};
		const agent = (name: string) => {
			const watched = get(name).filter((measured) => measured.probe);
			if (!watched.length) return '';
			const idle = median(watched.map((measured) => measured.probe!.idle.p95Ms));
			const during = median(watched.map((measured) => measured.probe!.during.p95Ms));
			const idleMedian = median(watched.map((measured) => measured.probe!.idle.medianMs));
			const duringMedian = median(watched.map((measured) => measured.probe!.during.medianMs));
			const failed = watched.reduce((sum, measured) => sum + measured.probe!.during.failed, 0);
			return `\n      agent probe: p95 ${during.toFixed(0)} ms during, ${idle.toFixed(0)} ms idle (${(during / idle).toFixed(2)}x); median ${duringMedian.toFixed(0)} ms during, ${idleMedian.toFixed(0)} ms idle${failed ? `; ${failed} reads failed` : ''}`;
		};
		const where = this.server.sim ? `${latency} ms server latency` : 'a real Libredesk';
		say(
			`\nBulk create: ${count} items, ${where}, ${config.rounds} round(s) (times: n8n's executionTime of the node; raw: wall time)`,
		);
		say(
			`  HTTP Request node (default: all at once): ${figure(ms('http'))}; ${seen('http')}; n8n CPU ${figure(perItemCpu('http', 'baseline'), 'ms/item', 1)}${agent('http')}`,
		);
		const fixed = config.parallels.filter((parallel) => parallel !== 'auto');
		const best = fixed.length
			? fixed.reduce((a, b) => (median(ms(nodeKey(a))) <= median(ms(nodeKey(b))) ? a : b))
			: undefined;
		for (const parallel of config.parallels) {
			const node = nodeKey(parallel);
			say(
				`  Libredesk node, ${parallelLabel(parallel)}: ${figure(ms(node))}; ${seen(node)}; n8n CPU ${figure(perItemCpu(node, 'baseline'), 'ms/item', 1)}${agent(node)}`,
			);
			const versus = [`node / HTTP Request node: ${ratio(ms(node), ms('http'))}`];
			if (parallel === 'auto' && best !== undefined)
				versus.push(`Auto / best fixed (${best}): ${ratio(ms(node), ms(nodeKey(best)))}`);
			say(`    ${versus.join('; ')}`);
		}
		for (const parallel of config.rawParallels) {
			const raw = rawKey(parallel);
			say(
				`  raw axios loop, ${parallel} in parallel: ${figure(ms(raw))}; ${seen(raw)}; CPU ${figure(perItemCpu(raw), 'ms/item', 2)}${agent(raw)}`,
			);
		}
	}
}
