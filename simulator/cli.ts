/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the API simulator: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * `npm run sim`: starts the Libredesk API simulator and prints a credential to paste into n8n.
 * Options: --port N (default 8765, 0 = any), --host H, --tls, --latency MS.
 */
import { startSimulator } from './server';
import { SEED_KEYS } from './state';

function option(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
	const sim = await startSimulator({
		port: Number(option('port') ?? process.env.SIM_PORT ?? 8765),
		host: option('host') ?? '127.0.0.1',
		tls: process.argv.includes('--tls'),
		latencyMs: Number(option('latency') ?? 0),
	});
	const print = (line = '') => process.stdout.write(`${line}\n`);
	print(`Libredesk API simulator listening on ${sim.url}`);
	print();
	print('Libredesk API credential for n8n:');
	print(`  Base URL:   ${sim.url}`);
	print(`  API Key:    ${SEED_KEYS.admin.key}`);
	print(`  API Secret: ${SEED_KEYS.admin.secret}`);
	if (process.argv.includes('--tls')) print('  Ignore SSL Issues: on (self-signed certificate)');
	print();
	print('Email inboxes: 1 "Support", 2 "Billing" (3 is disabled, 4 is livechat).');
	print('Press Ctrl+C to stop.');
	const stop = () => {
		void sim.close().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
