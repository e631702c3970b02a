import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { seedConversation } from '../../../../helpers/seed';

const ctx = useSimulator();

describe('Conversation → Get Participants', () => {
	it('outputs one item per person who wrote in the conversation', async () => {
		const { uuid, contact } = await seedConversation(ctx.sim, { first_name: 'Pia' });
		const at = { __rl: true, mode: 'id', value: uuid };
		await runNode(
			libredeskNode({
				resource: 'message',
				operation: 'addPrivateNote',
				conversationId: at,
				content: 'looking',
			}),
			[{ json: {} }],
			credentialsFor(ctx.sim),
		);
		const items = await runNode(
			libredeskNode({ resource: 'conversation', operation: 'getParticipants', conversationId: at }),
			[{ json: {} }],
			credentialsFor(ctx.sim),
		);
		expect(items.map((item) => item.json)).toEqual([
			{ id: contact.id, first_name: 'Pia', last_name: '', avatar_url: null },
			{ id: 1, first_name: 'Ada', last_name: 'Admin', avatar_url: null },
		]);
		expect(items.every((item) => item.pairedItem)).toBe(true);
	});
});
