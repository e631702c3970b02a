import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run, runAs } = useResourceRig('message', { operation: 'retry' });

/** An agent reply (by the admin key's agent) whose email failed. */
async function failedReply() {
	const conversation = await seedConversation(ctx.sim, { initiator: 'agent' });
	const reply = ctx.sim.state.messages.find(
		(message) => message.conversation_id === conversation.id && message.type === 'outgoing',
	)!;
	reply.status = 'failed';
	return { conversation, reply };
}

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
			runAs('agent', { conversationId: byUuid(conversation.uuid), messageId: reply.uuid }),
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
