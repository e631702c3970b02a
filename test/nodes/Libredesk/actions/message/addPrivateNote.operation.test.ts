import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('message');

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
