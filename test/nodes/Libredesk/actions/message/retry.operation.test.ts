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

	it("checks every item before the first retry, reading the key's agent once", async () => {
		const failed = await failedReply();
		const sent = await failedReply();
		sent.reply.status = 'sent';
		const items = [failed, failed, sent].map(({ conversation, reply }) => ({
			json: { uuid: conversation.uuid, message: reply.uuid },
		}));
		ctx.sim.clearRequests();
		await expect(
			run(
				{ conversationId: byUuid('={{ $json.uuid }}'), messageId: '={{ $json.message }}' },
				items,
			),
		).rejects.toThrow('The "Message UUID" of item 2 names a reply whose status is "sent"');
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/agents/me')).toHaveLength(1);
		expect(ctx.sim.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
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
