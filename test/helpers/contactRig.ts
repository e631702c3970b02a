import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, useSimulator } from './fixtures';
import { libredeskNode, runNode } from './n8n';
import { seedRichContact } from './seed';

/** What every Contact operation's test file starts with: the simulator, a runner, a seeded contact. */
export function useContactRig() {
	const ctx = useSimulator();
	beforeEach(() => ctx.sim.clearRequests());
	return {
		ctx,
		run: async (parameters: INodeParameters) =>
			await runNode(
				libredeskNode({ resource: 'contact', ...parameters }),
				[{ json: {} }],
				credentialsFor(ctx.sim),
			),
		richContact: async () => await seedRichContact(ctx.sim),
	};
}

export const byId = (id: number) => ({ __rl: true, mode: 'id', value: String(id) });
