/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The agent probe: what an agent working in Libredesk notices during a bulk run. A child process
 * of its own (so that the bench's and n8n's CPU do not delay its timer) reads one conversation
 * every 250 ms with a second API key and reports the answer times of each window: idle before a
 * run, and during it.
 */
import { fork } from 'child_process';
import type { ChildProcess } from 'child_process';

import { median, p95 } from './stats';

export interface ProbeConfig {
	url: string;
	authorization: string;
	intervalMs: number;
}

export interface ProbeWindow {
	reads: number;
	failed: number;
	medianMs: number;
	p95Ms: number;
}

type Command = { start: ProbeConfig } | { window: 'begin' | 'end' };

function childLoop(): void {
	let config: ProbeConfig | undefined;
	let times: number[] = [];
	let failed = 0;
	const readOnce = async () => {
		if (!config) return;
		const started = process.hrtime.bigint();
		try {
			const response = await fetch(config.url, {
				headers: { Authorization: config.authorization },
			});
			await response.arrayBuffer();
			if (!response.ok) failed++;
		} catch {
			failed++;
		}
		times.push(Number(process.hrtime.bigint() - started) / 1e6);
	};
	// One read at a time: a slow answer delays the next read, as it would an agent.
	const loop = async () => {
		for (;;) {
			const started = Date.now();
			await readOnce();
			await new Promise((done) => setTimeout(done, Math.max(0, started + 250 - Date.now())));
		}
	};
	process.on('message', (command: Command) => {
		if ('start' in command) {
			config = command.start;
			void loop();
		} else if (command.window === 'begin') {
			times = [];
			failed = 0;
		} else {
			const window: ProbeWindow = {
				reads: times.length,
				failed,
				medianMs: times.length ? median(times) : NaN,
				p95Ms: times.length ? p95(times) : NaN,
			};
			process.send?.(window);
		}
	});
}

export class AgentProbe {
	private constructor(private readonly child: ChildProcess) {}

	static start(config: ProbeConfig): AgentProbe {
		const child = fork(__filename, [], {
			execArgv: ['-r', 'ts-node/register/transpile-only'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		child.send({ start: config } satisfies Command);
		return new AgentProbe(child);
	}

	begin(): void {
		this.child.send({ window: 'begin' } satisfies Command);
	}

	async end(): Promise<ProbeWindow> {
		return await new Promise((done) => {
			this.child.once('message', (window) => done(window as ProbeWindow));
			this.child.send({ window: 'end' } satisfies Command);
		});
	}

	/** The answer times while nothing else is sent, for `ms`. */
	async idle(ms: number): Promise<ProbeWindow> {
		this.begin();
		await new Promise((done) => setTimeout(done, ms));
		return await this.end();
	}

	stop(): void {
		this.child.kill();
	}
}

if (require.main === module && process.send) childLoop();
