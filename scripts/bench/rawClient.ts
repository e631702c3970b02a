/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The raw-client baseline: the same POSTs with axios, `parallel` at a time, in a child process
 * of its own so that its CPU time is not mixed with the simulator's (which runs in the bench
 * process). `startRawClient()` forks it; the child answers one message per run.
 */
import axios from 'axios';
import { fork } from 'child_process';
import type { ChildProcess } from 'child_process';

export interface RawRun {
	url: string;
	authorization: string;
	bodies: unknown[];
	parallel: number;
}

export interface RawFigures {
	wallMs: number;
	cpuMs: number;
	/** How many answers had each HTTP status. */
	statuses: Record<string, number>;
}

async function runLoop({ url, authorization, bodies, parallel }: RawRun): Promise<RawFigures> {
	const statuses: Record<string, number> = {};
	const cpuBefore = process.cpuUsage();
	const started = process.hrtime.bigint();
	let next = 0;
	const worker = async () => {
		while (next < bodies.length) {
			const body = bodies[next++];
			const response = await axios.post(url, body, {
				headers: { Authorization: authorization },
				validateStatus: () => true,
			});
			statuses[response.status] = (statuses[response.status] ?? 0) + 1;
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel, bodies.length) }, worker));
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	const cpu = process.cpuUsage(cpuBefore);
	return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, statuses };
}

export class RawClient {
	private constructor(private readonly child: ChildProcess) {}

	static start(): RawClient {
		const child = fork(__filename, [], {
			execArgv: ['-r', 'ts-node/register/transpile-only'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		return new RawClient(child);
	}

	async run(run: RawRun): Promise<RawFigures> {
		return await new Promise((done, fail) => {
			const answered = (figures: unknown) => {
				this.child.off('error', fail);
				done(figures as RawFigures);
			};
			this.child.once('message', answered);
			this.child.once('error', fail);
			this.child.send(run);
		});
	}

	stop(): void {
		this.child.disconnect();
	}
}

if (require.main === module && process.send) {
	process.on('message', (run: RawRun) => {
		void runLoop(run).then((figures) => process.send?.(figures));
	});
}
