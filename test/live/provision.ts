/* eslint-disable @n8n/community-nodes/require-node-api-error -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Prepares, through Libredesk's own API, what the live tests need, with names that start with a
 * run prefix, and removes what the API can remove afterwards (webhooks, rules, tags, agents,
 * teams, inboxes). Conversations and contacts cannot be deleted through the API; they keep the prefix.
 */
import { randomBytes } from 'crypto';

import { LibredeskClient } from './api';
import type { LiveEnv } from './env';
import { startSmtpSink } from './smtpSink';
import type { SmtpSink } from './smtpSink';

export interface ApiKeyPair {
	key: string;
	secret: string;
}

export interface LiveFixtures {
	prefix: string;
	admin: LibredeskClient;
	adminKey: ApiKeyPair;
	smtp: SmtpSink;
	inboxes: { email: number; disabledEmail: number; livechat: number; livechatUuid: string };
	teams: Array<{ id: number; name: string }>;
	tags: string[];
	/** An agent with the default Agent role, and a disabled agent; both with API keys. */
	agent: { id: number; email: string; key: ApiKeyPair };
	disabledAgent: { id: number; key: ApiKeyPair };
	/** Unique address for this run: `<prefix>-<label>@example.com`. */
	email(label: string): string;
	/** Registers a cleanup step (run in reverse order by `cleanup`). */
	later(step: () => Promise<unknown>): void;
	cleanup(): Promise<string[]>;
}

/** An email inbox's config that sends through the SMTP sink on loopback at `port`. */
export function emailInboxConfig(address: string, port: number, hello: string): object {
	return {
		auth_type: 'password',
		smtp: [
			{
				host: '127.0.0.1',
				port,
				tls_type: 'none',
				auth_protocol: 'none',
				max_conns: 2,
				max_msg_retries: 0,
				idle_timeout: '15s',
				pool_wait_timeout: '5s',
				hello_hostname: hello,
			},
		],
		imap: [],
		from: address,
		reply_to: '',
	};
}

export function runPrefix(): string {
	return `ldlive-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;
}

async function createAgent(
	admin: LibredeskClient,
	prefix: string,
	label: string,
	roles: string[],
): Promise<{ id: number; email: string; key: ApiKeyPair }> {
	const email = `${prefix}-${label}@example.com`;
	const agent = await admin.data<{ id: number }>('POST', '/api/v1/agents', {
		first_name: `${prefix} ${label}`,
		last_name: 'Live',
		email,
		roles,
		enabled: true,
	});
	const key = await admin.data<{ api_key: string; api_secret: string }>(
		'POST',
		`/api/v1/agents/${agent.id}/api-key`,
	);
	return { id: agent.id, email, key: { key: key.api_key, secret: key.api_secret } };
}

async function runSteps(steps: Array<() => Promise<unknown>>): Promise<string[]> {
	const problems: string[] = [];
	for (const step of steps.reverse()) {
		try {
			const result = (await step()) as { status?: number; body?: unknown } | undefined;
			if (result && typeof result.status === 'number' && result.status !== 200)
				problems.push(`${result.status} ${JSON.stringify(result.body).slice(0, 200)}`);
		} catch (error) {
			problems.push((error as Error).message);
		}
	}
	return problems;
}

export async function provision(env: LiveEnv): Promise<LiveFixtures> {
	const steps: Array<() => Promise<unknown>> = [];
	try {
		return await prepare(env, steps);
	} catch (error) {
		await runSteps(steps);
		throw error;
	}
}

async function prepare(env: LiveEnv, steps: Array<() => Promise<unknown>>): Promise<LiveFixtures> {
	const prefix = runPrefix();
	const admin = new LibredeskClient(env.url, env.apiKey, env.apiSecret);
	const later = (step: () => Promise<unknown>) => steps.push(step);
	const smtp = await startSmtpSink();
	later(() => smtp.close());

	const inbox = async (name: string, channel: 'email' | 'livechat', config: object, from = '') => {
		const created = await admin.data<{ id: number; uuid: string }>('POST', '/api/v1/inboxes', {
			name: `${prefix} ${name}`,
			channel,
			from,
			config,
			enabled: true,
			csat_enabled: false,
		});
		later(() => admin.call('DELETE', `/api/v1/inboxes/${created.id}`));
		return created;
	};
	const emailConfig = (address: string) => emailInboxConfig(address, smtp.port, 'live-suite');
	const email = await inbox(
		'Support',
		'email',
		emailConfig(`support@${prefix}.example.com`),
		`"${prefix} Support" <support@${prefix}.example.com>`,
	);
	const disabled = await inbox(
		'Old Sales',
		'email',
		emailConfig(`sales@${prefix}.example.com`),
		`sales@${prefix}.example.com`,
	);
	await admin.data('PUT', `/api/v1/inboxes/${disabled.id}/toggle`);
	const livechat = await inbox('Chat', 'livechat', {
		colors: { primary: '#2563eb' },
		launcher: { position: 'right' },
		visitors: { allow_start_conversation: true },
		users: { allow_start_conversation: true },
	});

	const teams = [];
	for (const name of ['Billing', 'Tier 2']) {
		const team = await admin.data<{ id: number; name: string }>('POST', '/api/v1/teams', {
			name: `${prefix} ${name}`,
			emoji: '🧪',
			timezone: 'UTC',
			conversation_assignment_type: 'Manual',
		});
		later(() => admin.call('DELETE', `/api/v1/teams/${team.id}`));
		teams.push({ id: team.id, name: team.name });
	}

	const tags = [];
	for (const name of ['vip', 'refund', 'bug']) {
		const tag = await admin.data<{ id: number; name: string }>('POST', '/api/v1/tags', {
			name: `${prefix}-${name}`,
		});
		later(() => admin.call('DELETE', `/api/v1/tags/${tag.id}`));
		tags.push(tag.name);
	}

	const agent = await createAgent(admin, prefix, 'agent', ['Agent']);
	later(() => admin.call('DELETE', `/api/v1/agents/${agent.id}`));
	const off = await createAgent(admin, prefix, 'disabled', ['Agent']);
	later(() => admin.call('DELETE', `/api/v1/agents/${off.id}`));
	await admin.data('PUT', `/api/v1/agents/${off.id}`, {
		first_name: `${prefix} disabled`,
		last_name: 'Live',
		email: off.email,
		roles: ['Agent'],
		enabled: false,
		availability_status: 'offline',
	});

	return {
		prefix,
		admin,
		adminKey: { key: env.apiKey, secret: env.apiSecret },
		smtp,
		inboxes: {
			email: email.id,
			disabledEmail: disabled.id,
			livechat: livechat.id,
			livechatUuid: livechat.uuid,
		},
		teams,
		tags,
		agent,
		disabledAgent: { id: off.id, key: off.key },
		email: (label: string) => `${prefix}-${label}@example.com`.toLowerCase(),
		later,
		cleanup: () => runSteps(steps),
	};
}

/** A livechat conversation started by a visitor through the widget API (the visitor has no email). */
export async function startLivechatConversation(
	fixtures: LiveFixtures,
	message: string,
): Promise<{ uuid: string }> {
	const answer = await fixtures.admin.call<{ conversation: { uuid: string } }>(
		'POST',
		'/api/v1/widget/chat/conversations/init',
		{ message, form_data: {} },
		{
			'X-Libredesk-Inbox-ID': fixtures.inboxes.livechatUuid,
			Authorization: '',
		},
	);
	if (answer.status !== 200)
		throw new Error(`widget init -> ${answer.status} ${JSON.stringify(answer.body)}`);
	return { uuid: answer.body.data.conversation.uuid };
}
