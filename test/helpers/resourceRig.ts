import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { SEED_KEYS } from '../../simulator/state';
import { credentialsFor, useSimulator } from './fixtures';
import { libredeskNode, runNode } from './n8n';

/**
 * What an operation's test file starts with: a simulator of its own (emptied of recorded requests
 * before each test) and a runner for one resource, with parameters every test shares.
 */
export function useResourceRig(resource: string, shared: INodeParameters = {}) {
	const ctx = useSimulator();
	beforeEach(() => ctx.sim.clearRequests());
	const runAs = async (
		key: keyof typeof SEED_KEYS,
		parameters: INodeParameters,
		items: INodeExecutionData[] = [{ json: {} }],
		typeVersion = 1,
	) =>
		await runNode(
			libredeskNode({ resource, ...shared, ...parameters }, { typeVersion }),
			items,
			credentialsFor(ctx.sim, { apiKey: SEED_KEYS[key].key, apiSecret: SEED_KEYS[key].secret }),
		);
	const run = async (parameters: INodeParameters, items?: INodeExecutionData[]) =>
		await runAs('admin', parameters, items);
	return {
		ctx,
		/** Runs the node with the admin key. */
		run,
		/** Runs the node with the admin key on one empty item and gives the output items' JSON. */
		runJson: async (parameters: INodeParameters) =>
			(await run(parameters)).map((item) => item.json),
		/** Runs a node saved with this version (the others run version 1), with the admin key. */
		runVersion: async (
			typeVersion: number,
			parameters: INodeParameters,
			items?: INodeExecutionData[],
		) => await runAs('admin', parameters, items, typeVersion),
		/** Runs the node with another seeded key (e.g. an agent's, to see a 403). */
		runAs,
		/** The requests that change something: anything but GET. */
		writes: () => ctx.sim.requests.filter((request) => request.method !== 'GET'),
		/** A conversation as the simulator holds it. */
		storedConversation: (uuid: string) =>
			ctx.sim.state.conversations.find((conversation) => conversation.uuid === uuid)!,
	};
}

/** A conversation picked By UUID. */
export const byUuid = (uuid: string) => ({ __rl: true, mode: 'id', value: uuid });

/** A record (tag, team, agent, macro, …) picked By ID. */
export const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });
