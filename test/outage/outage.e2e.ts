/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * `npm run test:outage`: n8n stopped in the middle of a stream of Libredesk events, then started
 * again; every event must reach the no-loss set-up (Libredesk Trigger + Libredesk Polling Trigger
 * → the Libredesk node's Event → Deduplicate on `event_id`) exactly once. The webhook trigger
 * alone is run beside it to show what it loses. Against the real Libredesk when LIBREDESK_URL / _API_KEY / _API_SECRET are
 * set, else the simulator (CI). Single main process and queue mode run side by side on the same
 * events (OUTAGE_MODES); the profile is in profile.ts.
 *
 * Before the load, n8n is also restarted right after polls that fired nothing, with events made
 * while it is down: what n8n really saves of a poll's static data then is what is tested.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';

import { REPO_ROOT, ensureRuntime, packPackage } from '../../scripts/lib/runtime';
import type { Runtime } from '../../scripts/lib/runtime';
import { libredeskCredential } from '../../scripts/lib/workflows';
import { compare, expectedKeys, FAMILIES } from './expected';
import type { Comparison } from './expected';
import { openDesk } from './desk';
import type { Desk } from './desk';
import { runLoad } from './load';
import type { LoadResult } from './load';
import { outageProfile } from './profile';
import { startRecorder } from './recorder';
import type { Recorder } from './recorder';
import { topology, waitForWebhooks } from './topology';
import type { Topology } from './topology';
import { noLossWorkflow, webhookAloneWorkflow, workflowIds } from './workflows';

const profile = outageProfile();
const began = Date.now();
const say = (line: string) =>
	process.stdout.write(`[outage +${Math.round((Date.now() - began) / 1000)} s] ${line}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

let desk: Desk;
let recorder: Recorder;
let runtime: Runtime;
const setups: Topology[] = [];

const everyN8n = async (step: (setup: Topology) => Promise<void>) => {
	await Promise.all(setups.map(step));
};
/** Starts every n8n and waits until their triggers' webhooks are served. */
const startEvery = () =>
	everyN8n(async (setup) => {
		await setup.start();
		await waitForWebhooks(setup, workflowIds(setup.mode).webhookIds);
	});

/** Stops every n8n process, keeps them down at least `seconds`, starts them again. */
async function outage(seconds: number, label: string): Promise<{ down: number; back: number }> {
	say(`${label}: stopping every n8n process (SIGTERM, then wait)`);
	await everyN8n((setup) => setup.stop());
	const down = Date.now();
	await sleep(seconds * 1000);
	say(`${label}: starting n8n again`);
	await startEvery();
	const back = Date.now();
	say(`${label}: n8n was down ${((back - down) / 1000).toFixed(1)} s`);
	return { down, back };
}

function table(title: string, result: Comparison): string {
	const rows = FAMILIES.map((family) => {
		const count = result.families[family];
		return `  ${family.padEnd(32)} ${String(count.expected).padStart(8)} ${String(count.fired).padStart(6)} ${String(count.lost).padStart(5)} ${String(count.twice).padStart(6)} ${String(count.unexpected).padStart(11)}`;
	});
	const via = Object.entries(result.via)
		.map(([name, count]) => `${name} ${count}`)
		.join(', ');
	return [
		`${title} (items by trigger: ${via || 'none'})`,
		`  ${'family'.padEnd(32)} expected  fired  lost  twice  unexpected`,
		...rows,
		...(result.lost.length
			? [`  lost: ${result.lost.slice(0, 20).join(' ')}${result.lost.length > 20 ? ' …' : ''}`]
			: []),
		...(result.twice.length ? [`  fired twice: ${result.twice.slice(0, 20).join(' ')}`] : []),
		...(result.unexpected.length
			? [`  unexpected: ${result.unexpected.slice(0, 20).join(' ')}`]
			: []),
	].join('\n');
}

beforeAll(async () => {
	desk = await openDesk();
	recorder = await startRecorder();
	runtime = ensureRuntime();
	const tarball = packPackage();
	for (const mode of profile.modes) {
		const setup = await topology(runtime, tarball, mode);
		setups.push(setup);
		await setup.n8n.importCredentials([libredeskCredential(desk)]);
		for (const workflow of [
			noLossWorkflow(recorder.url, mode),
			webhookAloneWorkflow(recorder.url, mode),
		]) {
			await setup.n8n.importWorkflow(workflow);
			await setup.n8n.publishWorkflow(workflow.id);
		}
	}
	say(
		`n8n ${runtime.version} (${profile.modes.join(' and ')}) against ${desk.description}; run prefix ${desk.prefix}`,
	);
});

afterAll(async () => {
	// n8n's own logs, for what the report cannot show (artifacts/ is not committed).
	mkdirSync(join(REPO_ROOT, 'artifacts', 'outage'), { recursive: true });
	for (const setup of setups)
		writeFileSync(join(REPO_ROOT, 'artifacts', 'outage', `n8n-${setup.mode}.log`), setup.logs());
	if (recorder)
		writeFileSync(
			join(REPO_ROOT, 'artifacts', 'outage', 'fired.json'),
			JSON.stringify(recorder.fired, null, 1),
		);
	for (const setup of setups) await setup.dispose().catch(() => undefined);
	await recorder?.close();
	await desk?.close();
});

it('no event is lost or fired twice across n8n restarts; the webhook trigger alone shows its losses', async () => {
	await startEvery();
	say('n8n started; waiting for a poll that fires nothing');
	await sleep(profile.pollSeconds * 1000);

	// A restart right after polls that fired nothing, with events made while n8n is down.
	const quietOutage = outage(profile.quietDownSeconds, 'restart after empty polls');
	await sleep(2000);
	const quiet = await runLoad(desk, {
		seconds: Math.max(1, profile.quietDownSeconds / 2),
		events: 12,
	});
	await quietOutage;

	say(
		`load: ${profile.events} events over ${profile.loadSeconds} s; every n8n process stopped at +${Math.round(profile.downAtSeconds)} s for ${profile.downSeconds} s`,
	);
	let window = { down: 0, back: 0 };
	const loadStarted = Date.now();
	const middle = sleep(profile.downAtSeconds * 1000).then(async () => {
		window = await outage(profile.downSeconds, 'outage');
	});
	const load: LoadResult = await runLoad(desk, {
		seconds: profile.loadSeconds,
		events: profile.events,
	});
	await middle;
	say(
		`load done in ${((load.endedAt - loadStarted) / 1000).toFixed(1)} s: ${JSON.stringify(load.actions)}, ${load.failures.length} failed`,
	);

	const conversations = [...quiet.conversations, ...load.conversations];
	const ours = new Set(conversations);
	await sleep(3000);
	let expected = await expectedKeys(desk.admin, conversations);
	const complete = () =>
		profile.modes.every(
			(mode) => compare(expected, recorder.fired, `${mode}/no-loss`, ours).lost.length === 0,
		);
	// Catch-up: the polls after the restart read what the webhooks missed.
	const deadline = Math.max(load.endedAt, window.back) + (2 * profile.pollSeconds + 30) * 1000;
	while (!complete() && Date.now() < deadline) await sleep(2000);
	const caughtUp = Date.now();
	say(
		`no-loss set-ups ${complete() ? 'complete' : 'still missing events'} ${((caughtUp - window.back) / 1000).toFixed(1)} s after n8n came back; one more poll for late copies`,
	);
	await sleep(profile.pollSeconds * 1000);
	expected = await expectedKeys(desk.admin, conversations);

	const byFamily = FAMILIES.map(
		(family) => `${family} ${[...expected].filter((key) => key.startsWith(`${family}:`)).length}`,
	).join(', ');
	const report = [
		`n8n ${runtime.version} against ${desk.description}`,
		`events Libredesk recorded: ${expected.size} (${byFamily}); ${conversations.length} conversations`,
		`restart after empty polls: down ${profile.quietDownSeconds} s with ${quiet.conversations.length} conversations made meanwhile`,
		`outage: every n8n process down ${((window.back - window.down) / 1000).toFixed(1)} s (stop at +${Math.round((window.down - loadStarted) / 1000)} s of a ${((load.endedAt - loadStarted) / 1000).toFixed(0)} s load)`,
		`load failures: ${load.failures.length + quiet.failures.length}${load.failures.length ? ` (${load.failures.slice(0, 3).join('; ')})` : ''}`,
	];
	const results = profile.modes.map((mode) => ({
		mode,
		noLoss: compare(expected, recorder.fired, `${mode}/no-loss`, ours),
		alone: compare(expected, recorder.fired, `${mode}/webhook-alone`, ours),
	}));
	for (const { mode, noLoss, alone } of results) {
		report.push(table(`${mode}: webhook + polling trigger, Event → Deduplicate`, noLoss));
		report.push(table(`${mode}: webhook trigger alone`, alone));
	}
	if (desk.sim) {
		const answers: Record<string, number> = {};
		for (const delivery of desk.sim.webhooks.deliveries) {
			const answer = String(delivery.status ?? delivery.error ?? 'none');
			answers[answer] = (answers[answer] ?? 0) + 1;
		}
		report.push(`webhook deliveries by answer: ${JSON.stringify(answers)}`);
	}
	say(`report\n${report.join('\n')}`);

	expect(load.failures).toEqual([]);
	expect(quiet.failures).toEqual([]);
	expect(expected.size).toBeGreaterThanOrEqual(Math.floor(profile.events * 0.9));
	for (const { mode, noLoss } of results) {
		expect({ mode, lost: noLoss.lost, twice: noLoss.twice, unexpected: noLoss.unexpected }).toEqual(
			{
				mode,
				lost: [],
				twice: [],
				unexpected: [],
			},
		);
	}
});
