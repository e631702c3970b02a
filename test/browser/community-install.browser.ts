/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The user's path, in a real browser: the packed package is published to a private npm registry,
 * a real n8n (2.x) installs it from there through Settings -> Community Nodes, the Libredesk
 * credential is created in its form, a new workflow runs Conversation -> Create against the
 * simulator, and a newer patch version is installed from the same page without breaking the
 * workflow. Every step leaves a screenshot in artifacts/browser/.
 */
import { readFileSync, rmSync } from 'fs';
import { dirname, join } from 'path';
import type { Browser, Page } from 'playwright-core';

import { launchChromium } from '../../scripts/lib/chromium';
import { N8nInstance } from '../../scripts/lib/instance';
import { nextPatchTarball, startRegistry } from '../../scripts/lib/registry';
import type { Registry } from '../../scripts/lib/registry';
import { ensureRuntime, packPackage } from '../../scripts/lib/runtime';
import { startSimulator } from '../../simulator/server';
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { Editor, PACKAGE } from './editor';

let sim: Simulator;
let registry: Registry;
let n8n: N8nInstance;
let browser: Browser;
let page: Page;
let editor: Editor;
let firstTarball: string;
/** Packed tarballs, whose temporary folders are removed at the end. */
const tarballs: string[] = [];

const creates = () =>
	sim.requests.filter(
		(request) => request.method === 'POST' && request.path === '/api/v1/conversations',
	);
/** The conversation the last create request brought back, as the simulator answered it. */
const lastCreated = () => {
	const answer = creates()[creates().length - 1]?.response?.body as
		{ data?: { uuid?: string } } | undefined;
	return answer?.data?.uuid ?? 'no conversation was created';
};
const installedVersion = () =>
	(
		JSON.parse(
			readFileSync(
				join(n8n.userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE, 'package.json'),
				'utf8',
			),
		) as { version: string }
	).version;
const publishedVersion = () =>
	(
		JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
			version: string;
		}
	).version;

beforeAll(async () => {
	const runtime = ensureRuntime();
	if (runtime.major < 2) throw new Error('the browser test runs on n8n 2.x (N8N_VERSION=2.41.1)');
	sim = await startSimulator();
	registry = await startRegistry(runtime.env);
	firstTarball = packPackage();
	tarballs.push(firstTarball);
	registry.publish(firstTarball);

	n8n = new N8nInstance(runtime, undefined);
	await n8n.start(undefined, undefined, {
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		// n8n's list of verified packages comes from api.n8n.io; this package is not on it.
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_REGISTRY: registry.url,
		// n8n licenses a registry other than npmjs.org (an enterprise feature); its end-to-end
		// switch lets the test turn that one feature on, as n8n's own browser tests do.
		E2E_TESTS: 'true',
		// `npm outdated` (the Update button) reads npm's own settings: the same registry, only it.
		...registry.npmEnv,
	});
	await n8n.enableLicenseFeature('feat:communityNodes:customRegistry');

	browser = await launchChromium();
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
	});
	page = await context.newPage();
	page.setDefaultTimeout(60_000);
	editor = new Editor(page, n8n.baseUrl);
});

afterAll(async () => {
	await browser?.close();
	await n8n?.stop();
	await registry?.stop();
	await sim?.close();
	for (const folder of [n8n?.userFolder, ...tarballs.map((tarball) => dirname(tarball))])
		if (folder) rmSync(folder, { recursive: true, force: true });
});

test('the owner signs up', async () => {
	await editor.signUpOwner();
});

test('Settings -> Community Nodes installs n8n-nodes-libredesk from the registry', async () => {
	await editor.installCommunityPackage();
	expect(installedVersion()).toBe(publishedVersion());
});

test('the credential form: a wrong secret shows the package message, the right one tests successfully', async () => {
	await editor.addLibredeskNode();
	const wrongSecretMessage = await editor.createCredential({
		baseUrl: sim.url,
		apiKey: SEED_KEYS.admin.key,
		wrongSecret: 'not-the-secret',
		apiSecret: SEED_KEYS.admin.secret,
	});
	expect(wrongSecretMessage).toContain('Libredesk did not accept the API key and secret');
});

test('the new workflow runs Conversation -> Create and shows the conversation', async () => {
	const before = creates().length;
	await editor.fillCreateConversation();
	const output = await editor.runOpenNode('04-conversation-created');
	expect(creates()).toHaveLength(before + 1);
	expect(creates()[creates().length - 1]?.json).toMatchObject({
		contact_email: 'jane@example.com',
		inbox_id: 1,
	});
	expect(output).toContain(lastCreated());
});

test('a newer patch version is updated from the same page and the workflow still runs', async () => {
	const next = nextPatchTarball(firstTarball);
	tarballs.push(next.tarball);
	registry.publish(next.tarball);
	await editor.updateCommunityPackage(next.version);
	expect(installedVersion()).toBe(next.version);

	const before = creates().length;
	await editor.reopenLibredeskNode();
	const output = await editor.runOpenNode('07-workflow-runs-after-update');
	expect(creates()).toHaveLength(before + 1);
	expect(output).toContain(lastCreated());
});
