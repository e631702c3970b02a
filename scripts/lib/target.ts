/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Which Libredesk the demo and the dev editor talk to: yours, when LIBREDESK_URL,
 * LIBREDESK_API_KEY and LIBREDESK_API_SECRET are set, or else the simulator in this process.
 */
import { startSimulator } from '../../simulator/server';
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import type { LibredeskTarget } from './workflows';

export interface Target extends LibredeskTarget {
	description: string;
	inboxId: string;
	sim?: Simulator;
}

export async function chooseTarget(simPort = 0): Promise<Target> {
	const { LIBREDESK_URL, LIBREDESK_API_KEY, LIBREDESK_API_SECRET } = process.env;
	if (LIBREDESK_URL && LIBREDESK_API_KEY && LIBREDESK_API_SECRET) {
		return {
			baseUrl: LIBREDESK_URL,
			apiKey: LIBREDESK_API_KEY,
			apiSecret: LIBREDESK_API_SECRET,
			allowUnauthorizedCerts: process.env.LIBREDESK_IGNORE_SSL === 'true',
			inboxId: process.env.LIBREDESK_INBOX_ID ?? '1',
			description: `your Libredesk at ${LIBREDESK_URL} (from LIBREDESK_URL; inbox ${process.env.LIBREDESK_INBOX_ID ?? '1'}, set LIBREDESK_INBOX_ID to change)`,
		};
	}
	const sim = await startSimulator({ port: simPort });
	return {
		baseUrl: sim.url,
		apiKey: SEED_KEYS.admin.key,
		apiSecret: SEED_KEYS.admin.secret,
		inboxId: '1',
		sim,
		description: `the Libredesk API simulator at ${sim.url} (set LIBREDESK_URL, LIBREDESK_API_KEY and LIBREDESK_API_SECRET to use your Libredesk)`,
	};
}
