/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * End-to-end in n8n's queue mode, the way a scaled install runs: PostgreSQL as the database (a
 * database of this test's own), Redis as the queue (its own key prefix and database number), a
 * main process, a worker and a webhook process, with the packed package installed as a community
 * node. Without PostgreSQL or Redis on this machine the suite is skipped (and says so); with CI=true
 * it must run.
 */
import { randomBytes } from 'crypto';
import { rmSync } from 'fs';

import { N8nInstance, freePort } from '../../scripts/lib/instance';
import type { N8nProcess } from '../../scripts/lib/instance';
import { ensureRuntime, packPackage } from '../../scripts/lib/runtime';
import type { Runtime } from '../../scripts/lib/runtime';
import { libredeskCredential, loadExample } from '../../scripts/lib/workflows';
import { startSimulator } from '../../simulator/server';
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { sign } from '../../simulator/webhooks';
import { privateNotesOn, seedConversation } from '../helpers/seed';
import {
	createDatabase,
	deleteRedisKeys,
	dropDatabase,
	missingServices,
	postgres,
	queueModeSettings,
} from './queue/services';

const missing = missingServices();
const inCi = process.env.CI === 'true';
if (missing.length && !inCi) {
	process.stderr.write(
		`[queue-mode e2e] skipped: ${missing.join(' and ')} not reachable (CI=true makes this a failure)\n`,
	);
}
const describeQueue = missing.length && !inCi ? describe.skip : describe;

const webhookExample = loadExample('webhook');
const trigger = loadExample('trigger');
const triggerNode = trigger.nodes[0];

let sim: Simulator;
let runtime: Runtime;
let n8n: N8nInstance;
let worker: N8nProcess | undefined;
let webhookProcess: N8nProcess | undefined;
const database = `libredesk_e2e_${Date.now()}_${process.pid}`;
const prefix = `libredesk-e2e-${randomBytes(4).toString('hex')}`;
let webhookPort = 0;

const waitFor = async (check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> => {
	const deadline = Date.now() + ms;
	while (!(await check()) && Date.now() < deadline)
		await new Promise((done) => setTimeout(done, 250));
	return await check();
};
const triggerUrl = () =>
	`http://127.0.0.1:${webhookPort}/webhook/${String(triggerNode.webhookId)}/webhook`;
const registered = () => sim.state.webhooks.filter((candidate) => candidate.url === triggerUrl());
/** Executions n8n stored for a workflow, read from its PostgreSQL database. */
const executionsOf = async (
	workflowId: string,
): Promise<Array<{ id: string; status: string; mode: string }>> => {
	const client = await postgres(runtime, database);
	try {
		const { rows } = await client.query<{ id: string; status: string; mode: string }>(
			'SELECT id::text AS id, status, mode FROM execution_entity WHERE "workflowId" = $1 ORDER BY id',
			[workflowId],
		);
		return rows;
	} finally {
		await client.end();
	}
};
const ranOn = (child: N8nProcess | undefined, executionId: string) =>
	new RegExp(`Worker finished execution ${executionId} \\(job`).test(child?.log ?? '');
const startMain = async () => {
	const port = await freePort();
	// Production webhooks go to the webhook process only, as behind a load balancer.
	await n8n.start(port, undefined, {
		WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/`,
		N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
	});
};

describeQueue('n8n in queue mode (PostgreSQL, Redis, main + worker + webhook process)', () => {
	beforeAll(async () => {
		if (missing.length)
			throw new Error(
				`CI=true but ${missing.join(' and ')} not reachable: the queue-mode e2e needs them`,
			);
		sim = await startSimulator();
		runtime = ensureRuntime();
		await createDatabase(runtime, database);
		n8n = new N8nInstance(runtime, packPackage(), undefined, queueModeSettings(database, prefix));
		await n8n.importCredentials([
			libredeskCredential({
				baseUrl: sim.url,
				apiKey: SEED_KEYS.admin.key,
				apiSecret: SEED_KEYS.admin.secret,
			}),
		]);
		for (const workflow of [webhookExample, trigger]) {
			await n8n.importWorkflow(workflow);
			await n8n.publishWorkflow(workflow.id);
		}
		webhookPort = await freePort();
		await startMain();
		await n8n.setupOwner();
		worker = await n8n.spawnProcess('worker');
		webhookProcess = await n8n.spawnProcess('webhook', webhookPort);
	});

	afterAll(async () => {
		for (const child of [webhookProcess, worker]) await child?.stop();
		await n8n?.stop();
		await sim?.close();
		if (runtime && !missing.length) {
			await dropDatabase(runtime, database);
			await deleteRedisKeys(runtime, prefix);
		}
		if (n8n) rmSync(n8n.userFolder, { recursive: true, force: true });
	});

	it('Conversation → Create, started by a webhook on the webhook process, runs on the worker', async () => {
		const response = await fetch(`http://127.0.0.1:${webhookPort}/webhook/libredesk-contact-form`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ name: 'Quinn', email: 'quinn@example.com', message: 'Queued hello' }),
		});
		expect(response.status).toBe(200);
		const answer = (await response.json()) as { reference: string; conversation: string };
		const conversation = sim.state.conversations.find(
			(candidate) => candidate.uuid === answer.conversation,
		);
		expect(conversation?.subject).toBe(`Contact form - #${answer.reference}`);

		// The webhook answers before the worker's final status reaches the database (seen on n8n 1.x).
		let executions = await executionsOf(webhookExample.id);
		await waitFor(async () => {
			executions = await executionsOf(webhookExample.id);
			return (
				executions.length > 0 &&
				executions.every((execution) => !['new', 'running'].includes(execution.status))
			);
		}, 15_000);
		expect(executions).toEqual([expect.objectContaining({ status: 'success', mode: 'webhook' })]);
		// The answer can reach the caller a moment before the worker logs that it finished.
		expect(await waitFor(() => ranOn(worker, executions[0].id), 10_000)).toBe(true);
		expect(n8n.log).not.toMatch(/Worker (started|finished) execution/);
		expect(webhookProcess?.log).toMatch(new RegExp(`Enqueued execution ${executions[0].id} `));
	});

	it('the Libredesk Trigger, activated on main, registered one webhook pointing at the webhook process', async () => {
		expect(await waitFor(() => registered().length > 0, 20_000)).toBe(true);
		expect(registered()).toHaveLength(1);
		expect(registered()[0]).toMatchObject({ events: ['conversation.created'], is_active: true });
		// The secret the trigger saved at activation is in the workflow's static data in PostgreSQL.
		const client = await postgres(runtime, database);
		try {
			const { rows } = await client.query<{
				staticData: Record<string, { webhookId?: number; webhookSecret?: string }> | null;
			}>('SELECT "staticData" FROM workflow_entity WHERE id = $1', [trigger.id]);
			const saved = rows[0].staticData?.[`node:${triggerNode.name}`];
			expect(saved?.webhookId).toBe(registered()[0].id);
			expect(saved?.webhookSecret === registered()[0].secret).toBe(true);
		} finally {
			await client.end();
		}
	});

	it('a signed delivery to the webhook process is verified with that secret and runs on the worker', async () => {
		const conversation = await seedConversation(sim, {
			subject: 'Queued printer fire',
			contact_email: 'pat@example.com',
			first_name: 'Pat',
		});
		const { id } = conversation;
		expect(await waitFor(() => privateNotesOn(sim, id).length > 0, 30_000)).toBe(true);
		expect(privateNotesOn(sim, id)[0].content).toContain(
			`New conversation #${conversation.reference_number} from Pat`,
		);
		const delivery = sim.webhooks.deliveries.find(
			(candidate) => candidate.url === triggerUrl() && candidate.body.includes(conversation.uuid),
		);
		expect(delivery?.status).toBe(200);

		const executions = await executionsOf(trigger.id);
		expect(executions.length).toBeGreaterThan(0);
		expect(
			await waitFor(() => executions.every((execution) => ranOn(worker, execution.id)), 10_000),
		).toBe(true);

		const body = JSON.stringify({
			event: 'conversation.created',
			timestamp: new Date().toISOString(),
			payload: { uuid: conversation.uuid },
		});
		const forged = await fetch(triggerUrl(), {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				'X-Libredesk-Signature': sign('not-the-secret', body),
			},
			body,
		});
		expect(forged.status).toBe(401);
		await new Promise((done) => setTimeout(done, 1000));
		expect(await executionsOf(trigger.id)).toHaveLength(executions.length);
	});

	it('a restart of main does not register a second webhook, and the trigger keeps working', async () => {
		const [before] = registered();
		await n8n.stop();
		sim.clearRequests();
		await startMain();
		// Startup work (activation, n8n 2.x's publication reconciliation) finishes after readiness.
		expect(await waitFor(() => /Editor is now accessible/.test(n8n.log), 60_000)).toBe(true);
		await new Promise((done) => setTimeout(done, 5000));
		const webhookChanges = sim.requests.filter(
			(request) => request.path.startsWith('/api/v1/webhooks') && request.method !== 'GET',
		);
		expect(webhookChanges).toEqual([]);
		expect(registered()).toEqual([before]);

		const conversation = await seedConversation(sim, {
			subject: 'After the restart',
			contact_email: 'sam@example.com',
			first_name: 'Sam',
		});
		const { id } = conversation;
		expect(await waitFor(() => privateNotesOn(sim, id).length > 0, 30_000)).toBe(true);
		await n8n.login();
	});

	it('deactivating the workflow on main removes the webhook from Libredesk', async () => {
		const response = await n8n.deactivateWorkflow(trigger.id);
		expect(response.status).toBe(200);
		expect(await waitFor(() => registered().length === 0, 15_000)).toBe(true);
	});
});
