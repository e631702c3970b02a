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

	it('refuses a customer message before anything is sent: Libredesk deletes only private notes', async () => {
		const { uuid, id } = await seedConversation(ctx.sim);
		const incoming = ctx.sim.state.messages.find((message) => message.conversation_id === id)!;
		const error = await run({
			operation: 'delete',
			conversationId: byUuid(uuid),
			messageId: incoming.uuid,
		}).catch((caught: Error) => caught);
		expect((error as Error).message).toBe(
			'The "Message UUID" of item 0 names a reply or a customer message, not a private note',
		);
		expect((error as { description?: string }).description).toMatch(/only private notes/);
		expect(
			requestsTo(ctx.sim, 'DELETE', `/api/v1/conversations/${uuid}/messages/${incoming.uuid}`),
		).toHaveLength(0);
	});

	it('refuses a note deleted already', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [note] = await run({
			operation: 'addPrivateNote',
			conversationId: byUuid(uuid),
			content: 'twice',
		});
		const remove = {
			operation: 'delete',
			conversationId: byUuid(uuid),
			messageId: note.json.uuid as string,
		};
		await run(remove);
		const error = await run(remove).catch((caught: Error) => caught);
		expect((error as Error).message).toBe(
			'The "Message UUID" of item 0 names a private note that was deleted already',
		);
	});
});
