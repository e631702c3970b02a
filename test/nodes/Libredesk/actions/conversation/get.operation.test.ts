import { NodeOperationError } from 'n8n-workflow';

import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';
import { SIMPLE_CONVERSATION_FIELDS } from '../../../../../nodes/Libredesk/helpers/simplify';

const { ctx, run } = useResourceRig('conversation');

describe('Conversation → Get', () => {
	it('outputs the full conversation, or the simplified fields', async () => {
		const seeded = await seedConversation(ctx.sim, { subject: 'Get me' });
		const [raw] = await run({
			operation: 'get',
			conversationId: byUuid(seeded.uuid),
			simplify: false,
		});
		expect(raw.json).toMatchObject({
			uuid: seeded.uuid,
			subject: `Get me - #${seeded.reference_number}`,
			previous_conversations: [],
		});
		const [simple] = await run({ operation: 'get', conversationId: byUuid(seeded.uuid) });
		expect(Object.keys(simple.json).sort()).toEqual([...SIMPLE_CONVERSATION_FIELDS].sort());
		expect(simple.json).toMatchObject({
			uuid: seeded.uuid,
			contact_email: seeded.contact.email,
			status: 'Open',
		});
	});

	it('refuses a reference number where a UUID belongs, before any request', async () => {
		ctx.sim.clearRequests();
		const error = await run({ operation: 'get', conversationId: byUuid('104') }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(/"Conversation" of item 0 is not a conversation UUID/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('an unknown UUID is a 404 with Libredesk’s message', async () => {
		await expect(
			run({ operation: 'get', conversationId: byUuid('00000000-0000-4000-8000-000000000000') }),
		).rejects.toThrow('Libredesk: Conversation not found (HTTP 404, NotFoundException)');
	});
});
