import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { seedConversation } from '../../../../helpers/seed';
import { SEED_KEYS } from '../../../../../simulator/state';

const ctx = useSimulator();
const byUuid = (uuid: string) => ({ __rl: true, mode: 'id', value: uuid });
const run = async (parameters: INodeParameters, key: keyof typeof SEED_KEYS = 'admin') =>
	await runNode(
		libredeskNode({ resource: 'message', operation: 'retry', ...parameters }),
		[{ json: {} }],
		credentialsFor(ctx.sim, { apiKey: SEED_KEYS[key].key, apiSecret: SEED_KEYS[key].secret }),
	);

/** An agent reply (by the admin key's agent) whose email failed. */
async function failedReply() {
	const conversation = await seedConversation(ctx.sim, { initiator: 'agent' });
	const reply = ctx.sim.state.messages.find(
		(message) => message.conversation_id === conversation.id && message.type === 'outgoing',
	)!;
	reply.status = 'failed';
	return { conversation, reply };
}

beforeEach(() => ctx.sim.clearRequests());

describe('Message → Retry', () => {
	it('sends a failed reply again and outputs it as pending', async () => {
		const { conversation, reply } = await failedReply();
		const [output] = await run({
			conversationId: byUuid(conversation.uuid),
			messageId: reply.uuid,
		});
		expect(
			requestsTo(
				ctx.sim,
				'PUT',
				`/api/v1/conversations/${conversation.uuid}/messages/${reply.uuid}/retry`,
			),
		).toHaveLength(1);
		expect(output.json).toMatchObject({ uuid: reply.uuid, status: 'pending' });
	});

	it('says why Libredesk would refuse, without sending the retry', async () => {
		const { conversation, reply } = await failedReply();
		reply.status = 'sent';
		await expect(
			run({ conversationId: byUuid(conversation.uuid), messageId: reply.uuid }),
		).rejects.toThrow(/status is "sent", not "failed"/);
		reply.status = 'failed';
		await expect(
			run({ conversationId: byUuid(conversation.uuid), messageId: reply.uuid }, 'agent'),
		).rejects.toThrow(/another agent wrote/);
		const incoming = await seedConversation(ctx.sim);
		const customer = ctx.sim.state.messages.find(
			(message) => message.conversation_id === incoming.id,
		)!;
		await expect(
			run({ conversationId: byUuid(incoming.uuid), messageId: customer.uuid }),
		).rejects.toThrow(/not a reply from an agent/);
		expect(ctx.sim.requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
	});
});
