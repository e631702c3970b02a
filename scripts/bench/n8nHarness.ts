/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * A real n8n for the benchmark: the packed package installed as a community node, the bench
 * workflows imported and published, `n8n start` running. Each run is triggered through its
 * production webhook and read back from n8n's own execution record (node execution times), with
 * the CPU time n8n's process used during the run.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { N8nInstance } from '../lib/instance';
import { ensureRuntime, packPackage } from '../lib/runtime';
import { libredeskCredential } from '../lib/workflows';
import type { LibredeskTarget, Workflow } from '../lib/workflows';
import { unflatten } from './flatted';

export interface RunFigures {
	/** Time from the webhook call to its answer (the workflow ran to the end). */
	wallMs: number;
	/** CPU time of n8n's main process during the run (user + system). */
	cpuMs: number;
	/** n8n's own `executionTime` of each node. */
	nodeMs: Record<string, number>;
	/** Items each node output. */
	nodeItems: Record<string, number>;
	/** The hints each node added to its output (e.g. where Auto settled). */
	nodeHints: Record<string, string[]>;
	status: string;
	error?: string;
}

interface RunDataEntry {
	executionTime?: number;
	hints?: Array<{ message?: string }>;
	data?: { main?: Array<Array<unknown> | null> };
}

interface ExecutionRecord {
	status: string;
	data: {
		resultData: {
			runData: Record<string, RunDataEntry[]>;
			error?: { message?: string; description?: string };
		};
	};
}

const TICKS_PER_SECOND = 100;

/** user + system CPU milliseconds of a process, from /proc (Linux). */
export function processCpuMs(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export class BenchN8n {
	private constructor(
		private readonly instance: N8nInstance,
		private readonly workflows: Workflow[],
	) {}

	static async start(
		target: LibredeskTarget,
		credentialId: string,
		workflows: Workflow[],
		log: (line: string) => void,
	): Promise<BenchN8n> {
		const instance = new N8nInstance(ensureRuntime(log), packPackage());
		await instance.importCredentials([
			libredeskCredential(target, credentialId, 'Libredesk bench'),
		]);
		// One import for all (each n8n command takes seconds to start), then each is published.
		const file = join(instance.userFolder, 'bench-workflows.json');
		writeFileSync(file, JSON.stringify(workflows));
		const imported = await instance.cli(['import:workflow', `--input=${file}`]);
		if (imported.status !== 0)
			throw new Error(
				`importing the bench workflows failed:\n${imported.stdout}\n${imported.stderr}`,
			);
		for (const workflow of workflows) await instance.publishWorkflow(workflow.id);
		// n8n's own default engine (isolated-vm) unless told; the tests use quickjs (see ../lib/instance.ts).
		const engine = process.env.BENCH_EXPRESSION_ENGINE ?? 'vm';
		log(`[bench] starting n8n (expression engine ${engine}) ...`);
		await instance.start(undefined, undefined, { N8N_EXPRESSION_ENGINE: engine });
		await instance.setupOwner();
		return new BenchN8n(instance, workflows);
	}

	async stop(): Promise<void> {
		await this.instance.stop();
	}

	/** Runs a workflow through its webhook (path = workflow id) with `{ items }` as the body. */
	async run(workflowId: string, items: unknown[]): Promise<RunFigures> {
		const pid = this.instance.pid;
		const before = await this.latestExecutionId(workflowId);
		const cpuBefore = processCpuMs(pid);
		const started = process.hrtime.bigint();
		const response = await fetch(`${this.instance.baseUrl}/webhook/${workflowId.toLowerCase()}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ items }),
		});
		const answer = await response.text();
		if (!response.ok)
			throw new Error(
				`the webhook of ${workflowId} answered ${response.status}: ${answer.slice(0, 500)}`,
			);
		const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
		const cpuMs = processCpuMs(pid) - cpuBefore;
		const execution = await this.finishedExecution(workflowId, before);
		const nodeMs: Record<string, number> = {};
		const nodeItems: Record<string, number> = {};
		const nodeHints: Record<string, string[]> = {};
		for (const [name, runs] of Object.entries(execution.data.resultData.runData)) {
			nodeMs[name] = runs[0]?.executionTime ?? NaN;
			nodeItems[name] = runs[0]?.data?.main?.[0]?.length ?? 0;
			nodeHints[name] = (runs[0]?.hints ?? []).map((hint) => String(hint.message));
		}
		const error = execution.data.resultData.error;
		return {
			wallMs,
			cpuMs,
			nodeMs,
			nodeItems,
			nodeHints,
			status: execution.status,
			error: error ? `${error.message ?? ''} ${error.description ?? ''}`.trim() : undefined,
		};
	}

	private async latestExecutionId(workflowId: string): Promise<string | undefined> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const { body } = await this.instance.rest<{
			data: { results: Array<{ id: string; status: string }> };
		}>('GET', `/executions?filter=${filter}&limit=1`);
		return body.data?.results?.[0]?.id;
	}

	private async finishedExecution(
		workflowId: string,
		previousId: string | undefined,
	): Promise<ExecutionRecord> {
		const deadline = Date.now() + 60_000;
		while (Date.now() < deadline) {
			const id = await this.latestExecutionId(workflowId);
			if (id !== undefined && id !== previousId) {
				const { body } = await this.instance.rest<{ data: { status: string; data: string } }>(
					'GET',
					`/executions/${id}`,
				);
				if (body.data && !['new', 'running', 'waiting'].includes(body.data.status)) {
					return {
						status: body.data.status,
						data: unflatten(body.data.data) as ExecutionRecord['data'],
					};
				}
			}
			await new Promise((done) => setTimeout(done, 100));
		}
		throw new Error(`no finished execution of ${workflowId} in n8n within 60 s`);
	}

	get workflowIds(): string[] {
		return this.workflows.map((workflow) => workflow.id);
	}
}
