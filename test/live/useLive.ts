/* eslint-disable no-console -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/** Per test file: fixtures in the live Libredesk (test/live/provision.ts) and the node's credentials. */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { libredeskNode, runNode } from '../helpers/n8n';
import type { LibredeskCredentialData } from '../helpers/n8n';
import { eventually } from './api';
import { liveEnv } from './env';
import { provision } from './provision';
import type { LiveFixtures } from './provision';

export interface Live {
	readonly fixtures: LiveFixtures;
	readonly credentials: LibredeskCredentialData;
	/**
	 * Runs the Libredesk node with these parameters through n8n-core against the live server, as
	 * a node saved with `typeVersion` (1 unless given).
	 */
	run(
		parameters: INodeParameters,
		items?: INodeExecutionData[],
		typeVersion?: number,
	): Promise<INodeExecutionData[]>;
	/** A conversation created through the API as the contact (no email goes out). */
	conversation(
		label: string,
		extra?: Record<string, unknown>,
	): Promise<{
		uuid: string;
		reference_number: string;
		contact_id: number;
		contact: { email: string };
	}>;
	messages(uuid: string): Promise<Array<Record<string, unknown>>>;
}

export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

export function useLive(): Live {
	const holder: { fixtures?: LiveFixtures } = {};
	beforeAll(async () => {
		holder.fixtures = await provision(liveEnv()!);
	}, 120000);
	afterAll(async () => {
		const problems = (await holder.fixtures?.cleanup()) ?? [];
		if (problems.length)
			console.warn(`Live cleanup left something behind:\n${problems.join('\n')}`);
	}, 120000);
	const live: Live = {
		get fixtures() {
			if (!holder.fixtures) throw new Error('live fixtures not prepared');
			return holder.fixtures;
		},
		get credentials() {
			const env = liveEnv()!;
			return {
				baseUrl: env.url,
				apiKey: env.apiKey,
				apiSecret: env.apiSecret,
				allowUnauthorizedCerts: false,
			};
		},
		run: async (parameters, items = [{ json: {} }], typeVersion = 1) =>
			await runNode(libredeskNode(parameters, { typeVersion }), items, live.credentials),
		async conversation(label, extra = {}) {
			const f = live.fixtures;
			return await f.admin.data('POST', '/api/v1/conversations', {
				inbox_id: f.inboxes.email,
				contact_email: f.email(label),
				first_name: 'Live',
				last_name: label,
				content: `<p>${label}</p>`,
				initiator: 'contact',
				subject: `${f.prefix} ${label}`,
				...extra,
			});
		},
		async messages(uuid) {
			return (
				await live.fixtures.admin.data<{ results: Array<Record<string, unknown>> }>(
					'GET',
					`/api/v1/conversations/${uuid}/messages?page_size=100`,
				)
			).results;
		},
	};
	return live;
}

/** The message with this uuid once its status is no longer "pending". */
export async function settledMessage(
	live: Live,
	conversationUuid: string,
	messageUuid: string,
): Promise<Record<string, unknown> | undefined> {
	return await eventually(
		async () =>
			(await live.messages(conversationUuid)).find(
				(message) => message.uuid === messageUuid && message.status !== 'pending',
			),
		15000,
	);
}
