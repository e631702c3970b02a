import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { seedConversation } from '../../../../helpers/seed';

const ctx = useSimulator();
const byUuid = (uuid: string) => ({ __rl: true, mode: 'id', value: uuid });
const run = async (parameters: INodeParameters, items: INodeExecutionData[] = [{ json: {} }]) =>
	await runNode(
		libredeskNode({ resource: 'message', ...parameters }),
		items,
		credentialsFor(ctx.sim),
	);

beforeEach(() => ctx.sim.clearRequests());

describe('Message → Add Private Note', () => {
	it('adds a private note with mentions and sends no email', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run({
			operation: 'addPrivateNote',
			conversationId: byUuid(uuid),
			content: 'Customer is VIP',
			contentFormat: 'text',
			additionalFields: { mentionAgents: [1, 5], mentionTeams: [2] },
		});
		expect(requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`)[0].json).toEqual({
			sender_type: 'agent',
			message: '<p>Customer is VIP</p>',
			private: true,
			mentions: [
				{ type: 'agent', id: 1 },
				{ type: 'agent', id: 5 },
				{ type: 'team', id: 2 },
			],
		});
		expect(output.json).toMatchObject({ private: true, status: 'sent' });
	});
});
