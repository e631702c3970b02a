import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('message');

describe('Message → Delete', () => {
	it('deletes a private note; Libredesk keeps "This note was deleted" in its place', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [note] = await run({
			operation: 'addPrivateNote',
			conversationId: byUuid(uuid),
			content: 'wrong customer',
		});
		const [output] = await run({
			operation: 'delete',
			conversationId: byUuid(uuid),
			messageId: note.json.uuid as string,
		});
		expect(
			requestsTo(
				ctx.sim,
				'DELETE',
				`/api/v1/conversations/${uuid}/messages/${String(note.json.uuid)}`,
			),
		).toHaveLength(1);
		expect(output.json).toEqual({
			deleted: true,
			uuid: note.json.uuid,
			conversation_uuid: uuid,
			content: 'This note was deleted',
		});
		expect(ctx.sim.state.messages.find((message) => message.uuid === note.json.uuid)?.content).toBe(
			'This note was deleted',
		);
	});

	it("a customer message cannot be deleted: Libredesk's 404 with a hint that says so", async () => {
		const { uuid, id } = await seedConversation(ctx.sim);
		const incoming = ctx.sim.state.messages.find((message) => message.conversation_id === id)!;
		const error = await run({
			operation: 'delete',
			conversationId: byUuid(uuid),
			messageId: incoming.uuid,
		}).catch((caught: Error) => caught);
		expect((error as Error).message).toBe('Libredesk: Not found (HTTP 404, NotFoundException)');
		expect((error as { description?: string }).description).toMatch(
			/only private notes|cannot be deleted/,
		);
	});
});
