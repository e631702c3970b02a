/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * `npm run dev`: n8n's editor with this package loaded, the simulator (or your Libredesk)
 * behind a ready credential, and the example workflows imported. Rebuild and restart to
 * pick up code changes.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';

import { N8nInstance, OWNER } from './lib/instance';
import { cacheDir, ensureRuntime, packPackage } from './lib/runtime';
import { chooseTarget } from './lib/target';
import { EXAMPLES, libredeskCredential, loadExample } from './lib/workflows';

const say = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
	const port = Number(process.env.N8N_PORT ?? 5678);
	const target = await chooseTarget(Number(process.env.SIM_PORT ?? 8765));
	say(`[dev] Libredesk: ${target.description}`);
	const runtime = ensureRuntime((line) => say(`[dev] ${line}`));
	const userFolder = join(cacheDir(), 'dev-home');
	mkdirSync(userFolder, { recursive: true });
	say(`[dev] installing the packed package into ${userFolder}/.n8n/nodes ...`);
	const n8n = new N8nInstance(runtime, packPackage(), userFolder);
	say('[dev] importing the Libredesk credential and the example workflows ...');
	await n8n.importCredentials([libredeskCredential(target)]);
	for (const name of Object.keys(EXAMPLES) as Array<keyof typeof EXAMPLES>)
		await n8n.importWorkflow(loadExample(name));
	say(`[dev] starting n8n ${runtime.version} on port ${port} (about 15 seconds) ...`);
	await n8n.start(port);
	await n8n.setupOwner();
	say('');
	say(`  n8n editor:  http://localhost:${port}`);
	say(`  login:       ${OWNER.email} / ${OWNER.password}`);
	say(`  credential:  "Libredesk account" -> ${target.baseUrl}`);
	say('  workflows:   the three examples in examples/ (open one and click "Execute workflow")');
	say('');
	say('Press Ctrl+C to stop.');
	const stop = async () => {
		say('\n[dev] stopping ...');
		await n8n.stop();
		await target.sim?.close();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

main().catch((error: Error) => {
	process.stderr.write(`dev failed: ${error.message}\n`);
	process.exit(1);
});
