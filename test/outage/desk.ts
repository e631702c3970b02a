/* eslint-disable @n8n/community-nodes/require-node-api-error -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The Libredesk the outage test loads and reads back: the real one when LIBREDESK_URL,
 * LIBREDESK_API_KEY and LIBREDESK_API_SECRET are set, else the simulator in this process. What it
 * needs there is made with the run's own prefix: an email inbox, two agents to assign, and a key
 * that may write as the customer (no default role may: messages:write_as_contact).
 */
import { randomBytes } from 'crypto';

import { startSimulator } from '../../simulator/server';
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { LibredeskClient } from '../live/api';
import { liveEnv } from '../live/env';
import { emailInboxConfig } from '../live/provision';
import { startSmtpSink } from '../live/smtpSink';

export interface Desk {
	/** What the report names: the real server's URL or "the simulator". */
	description: string;
	baseUrl: string;
	apiKey: string;
	apiSecret: string;
	prefix: string;
	admin: LibredeskClient;
	/** Records customers' messages (`sender_type: contact`). */
	customer: LibredeskClient;
	inboxId: number;
	agentIds: [number, number];
	sim?: Simulator;
	/** Removes what the API can remove (agents, role, inbox); conversations stay, with the prefix. */
	close(): Promise<void>;
}

export async function openDesk(): Promise<Desk> {
	const prefix = `outage-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;
	const live = liveEnv();
	if (!live) {
		const sim = await startSimulator();
		const admin = sim.state.users[0];
		admin.roles.push('Contact Messages');
		const client = new LibredeskClient(sim.url, SEED_KEYS.admin.key, SEED_KEYS.admin.secret);
		const agents = sim.state.users.filter(
			(user) => user.type === 'agent' && user.enabled !== false && user.id !== admin.id,
		);
		return {
			description: `the simulator at ${sim.url}`,
			baseUrl: sim.url,
			apiKey: SEED_KEYS.admin.key,
			apiSecret: SEED_KEYS.admin.secret,
			prefix,
			admin: client,
			customer: client,
			inboxId: 1,
			agentIds: [agents[0].id, agents[1].id],
			sim,
			close: () => sim.close(),
		};
	}

	const admin = new LibredeskClient(live.url, live.apiKey, live.apiSecret);
	const undo: Array<() => Promise<unknown>> = [];
	const smtp = await startSmtpSink();
	undo.push(() => smtp.close());
	const close = async () => {
		for (const step of undo.reverse()) await step().catch(() => undefined);
	};
	try {
		const address = `support@${prefix}.example.com`;
		const inbox = await admin.data<{ id: number }>('POST', '/api/v1/inboxes', {
			name: `${prefix} Support`,
			channel: 'email',
			from: address,
			enabled: true,
			csat_enabled: false,
			config: emailInboxConfig(address, smtp.port, 'outage-test'),
		});
		undo.push(() => admin.call('DELETE', `/api/v1/inboxes/${inbox.id}`));
		const roleName = `${prefix} customer writer`;
		const role = await admin.data<{ id: number }>('POST', '/api/v1/roles', {
			name: roleName,
			description: 'outage test',
			permissions: ['messages:write_as_contact'],
		});
		undo.push(() => admin.call('DELETE', `/api/v1/roles/${role.id}`));
		const agentIds: number[] = [];
		let customer: LibredeskClient | undefined;
		for (const label of ['first', 'second']) {
			const agent = await admin.data<{ id: number }>('POST', '/api/v1/agents', {
				first_name: `${prefix} ${label}`,
				last_name: 'Outage',
				email: `${prefix}-${label}@example.com`,
				roles: ['Agent', roleName],
				enabled: true,
			});
			undo.push(() => admin.call('DELETE', `/api/v1/agents/${agent.id}`));
			agentIds.push(agent.id);
			if (!customer) {
				const key = await admin.data<{ api_key: string; api_secret: string }>(
					'POST',
					`/api/v1/agents/${agent.id}/api-key`,
				);
				customer = new LibredeskClient(live.url, key.api_key, key.api_secret);
			}
		}
		return {
			description: `the real Libredesk at ${live.url}`,
			baseUrl: live.url,
			apiKey: live.apiKey,
			apiSecret: live.apiSecret,
			prefix,
			admin,
			customer: customer as LibredeskClient,
			inboxId: inbox.id,
			agentIds: [agentIds[0], agentIds[1]],
			close,
		};
	} catch (error) {
		await close();
		throw error;
	}
}
