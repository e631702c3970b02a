/* eslint-disable no-console -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * One contract, two servers: the simulator's contract tests run against the simulator, or, when
 * LIBREDESK_URL and its keys are set, against that live Libredesk. The target gives the tests the
 * same handles on both: keys of an admin, of a plain agent and of a disabled agent, and inbox IDs.
 */
import { startSimulator } from '../../simulator/server';
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { liveEnv } from './env';
import { provision, runPrefix } from './provision';
import type { LiveFixtures } from './provision';

export interface ContractTarget {
	kind: 'simulator' | 'live';
	url: string;
	keys: Record<'admin' | 'agent' | 'disabled', { key: string; secret: string }>;
	inboxes: { email: number; disabledEmail: number; livechat: number; unknown: number };
	teams: number[];
	tags: string[];
	/** An address no contact has yet. */
	uniqueEmail(label: string): string;
	/** Present only on the live server. */
	live?: LiveFixtures;
	/** Present only on the simulator. */
	sim?: Simulator;
}

export function contractTargetKind(): ContractTarget['kind'] {
	return liveEnv() ? 'live' : 'simulator';
}

export function useContractTarget(): { readonly target: ContractTarget } {
	const holder: { target?: ContractTarget } = {};
	beforeAll(async () => {
		const env = liveEnv();
		if (env) {
			const live = await provision(env);
			holder.target = {
				kind: 'live',
				url: env.url,
				keys: { admin: live.adminKey, agent: live.agent.key, disabled: live.disabledAgent.key },
				inboxes: {
					email: live.inboxes.email,
					disabledEmail: live.inboxes.disabledEmail,
					livechat: live.inboxes.livechat,
					unknown: 987654,
				},
				teams: live.teams.map((team) => team.id),
				tags: live.tags,
				uniqueEmail: (label) => live.email(`${label}-${Math.random().toString(36).slice(2, 7)}`),
				live,
			};
		} else {
			const sim = await startSimulator();
			const prefix = runPrefix();
			holder.target = {
				kind: 'simulator',
				url: sim.url,
				keys: SEED_KEYS,
				inboxes: { email: 1, disabledEmail: 3, livechat: 4, unknown: 987654 },
				teams: sim.state.teams.map((team) => team.id),
				tags: sim.state.tags.map((tag) => tag.name),
				uniqueEmail: (label) =>
					`${prefix}-${label}-${Math.random().toString(36).slice(2, 7)}@example.com`,
				sim,
			};
		}
	}, 120000);
	afterAll(async () => {
		await holder.target?.sim?.close();
		const problems = (await holder.target?.live?.cleanup()) ?? [];
		if (problems.length)
			console.warn(`Live cleanup left something behind:\n${problems.join('\n')}`);
	}, 120000);
	return {
		get target(): ContractTarget {
			if (!holder.target) throw new Error('contract target not started');
			return holder.target;
		},
	};
}
