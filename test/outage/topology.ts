/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The n8n the outage test stops and starts: one main process (SQLite), or queue mode (PostgreSQL
 * database `outage_*`, Redis DB 14 (jest.outage.config.js) under an `outage` key prefix; main + worker + webhook process,
 * as test/e2e/queue-mode.e2e.ts runs it). Stopping stops every process with SIGTERM and waits.
 */
import { randomBytes } from 'crypto';
import { rmSync } from 'fs';

import { N8nInstance, freePort } from '../../scripts/lib/instance';
import type { N8nProcess } from '../../scripts/lib/instance';
import type { Runtime } from '../../scripts/lib/runtime';
import {
	createDatabase,
	deleteRedisKeys,
	dropDatabase,
	queueModeSettings,
} from '../e2e/queue/services';

export type Mode = 'main' | 'queue';

/**
 * A stop lets n8n shut down by itself (it waits up to 30 s for running executions): killing it
 * sooner would lose what an outage test must not blame on n8n.
 */
const STOP_GRACE_MS = 120_000;

export interface Topology {
	mode: Mode;
	n8n: N8nInstance;
	/** Where Libredesk delivers webhooks: the main process, or the webhook process in queue mode. */
	webhookBase: string;
	start(): Promise<void>;
	stop(): Promise<void>;
	/** Every process's log, for a failure's report. */
	logs(): string;
	dispose(): Promise<void>;
}

export async function topology(runtime: Runtime, tarball: string, mode: Mode): Promise<Topology> {
	if (mode === 'main') {
		const n8n = new N8nInstance(runtime, tarball);
		const port = await freePort();
		return {
			mode,
			n8n,
			webhookBase: `http://127.0.0.1:${port}`,
			start: () => n8n.start(port),
			stop: () => n8n.stop(STOP_GRACE_MS),
			logs: () => n8n.log,
			dispose: async () => {
				await n8n.stop();
				rmSync(n8n.userFolder, { recursive: true, force: true });
			},
		};
	}

	const database = `outage_${Date.now()}_${process.pid}`;
	const prefix = `outage-${randomBytes(4).toString('hex')}`;
	await createDatabase(runtime, database);
	const n8n = new N8nInstance(runtime, tarball, undefined, queueModeSettings(database, prefix));
	const mainPort = await freePort();
	const webhookPort = await freePort();
	let workers: N8nProcess[] = [];
	return {
		mode,
		n8n,
		webhookBase: `http://127.0.0.1:${webhookPort}`,
		start: async () => {
			// Production webhooks go to the webhook process only, as behind a load balancer.
			await n8n.start(mainPort, undefined, {
				WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/`,
				N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
			});
			workers = [await n8n.spawnProcess('worker'), await n8n.spawnProcess('webhook', webhookPort)];
		},
		stop: async () => {
			await Promise.all([
				n8n.stop(STOP_GRACE_MS),
				...workers.map((child) => child.stop(STOP_GRACE_MS)),
			]);
		},
		logs: () => [n8n.log, ...workers.map((child) => child.log)].join('\n'),
		dispose: async () => {
			await Promise.all([n8n.stop(), ...workers.map((child) => child.stop())]);
			rmSync(n8n.userFolder, { recursive: true, force: true });
			await dropDatabase(runtime, database).catch(() => undefined);
			await deleteRedisKeys(runtime, prefix).catch(() => undefined);
		},
	};
}

/**
 * Waits until each trigger's webhook is served: n8n says it is ready before it has activated the
 * workflows. An unsigned delivery is answered 401 by an active Libredesk Trigger, 404 before.
 */
export async function waitForWebhooks(setup: Topology, webhookIds: string[]): Promise<void> {
	const deadline = Date.now() + 300_000;
	for (const id of webhookIds) {
		for (;;) {
			const status = await fetch(`${setup.webhookBase}/webhook/${id}/webhook`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: '{}',
			}).then(
				(response) => response.status,
				() => 0,
			);
			if (status === 401) break;
			if (Date.now() > deadline)
				throw new Error(`the webhook ${id} of n8n (${setup.mode}) still answers ${status}`);
			await new Promise((done) => setTimeout(done, 500));
		}
	}
}
