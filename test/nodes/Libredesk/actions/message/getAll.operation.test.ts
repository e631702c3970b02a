import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';
import { SIMPLE_MESSAGE_FIELDS } from '../../../../../nodes/Libredesk/helpers/simplify';

const { ctx, run } = useResourceRig('message');

describe('Message → Get Many with Download Attachments', () => {
	it('gives each message its own files; messages without files get none', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await run(
			{
				operation: 'sendReply',
				conversationId: byUuid(uuid),
				content: 'Here it is',
				additionalFields: { binaryPropertyNames: 'a, b' },
			},
			[
				{
					json: {},
					binary: {
						a: {
							data: Buffer.from('first').toString('base64'),
							mimeType: 'text/plain',
							fileName: 'a.txt',
						},
						b: {
							data: Buffer.from('{}').toString('base64'),
							mimeType: 'application/json',
							fileName: 'b.json',
						},
					},
				},
			],
		);
		const items = await run({
			operation: 'getAll',
			conversationId: byUuid(uuid),
			returnAll: true,
			downloadAttachments: true,
		});
		expect(items.map((item) => item.binary && Object.keys(item.binary))).toEqual([
			['attachment_0', 'attachment_1'],
			undefined,
		]);
		expect(items[0].binary?.attachment_1).toMatchObject({
			fileName: 'b.json',
			mimeType: 'application/json',
		});
		expect(Buffer.from(items[0].binary!.attachment_0.data, 'base64').toString()).toBe('first');
		expect(items.every((item) => item.pairedItem)).toBe(true);
	});
});

describe('Message → Get Many', () => {
	it('lists newest first, filters by type and visibility, and simplifies', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await run({ operation: 'addPrivateNote', conversationId: byUuid(uuid), content: 'note' });
		await run({ operation: 'sendReply', conversationId: byUuid(uuid), content: 'reply' });
		const all = await run({
			operation: 'getAll',
			conversationId: byUuid(uuid),
			returnAll: true,
			simplify: false,
		});
		expect(all.map((item) => item.json.content)).toEqual(['reply', 'note', '<p>Hello</p>']);
		const incoming = await run({
			operation: 'getAll',
			conversationId: byUuid(uuid),
			limit: 10,
			filters: { types: ['incoming', 'activity'] },
		});
		expect(incoming.map((item) => item.json.type)).toEqual(['incoming']);
		expect(Object.keys(incoming[0].json).sort()).toEqual([...SIMPLE_MESSAGE_FIELDS].sort());
		const lastListing = requestsTo(ctx.sim, 'GET', `/api/v1/conversations/${uuid}/messages`).at(
			-1,
		)!;
		expect(lastListing.query.type).toEqual(['incoming', 'activity']);
		const notes = await run({
			operation: 'getAll',
			conversationId: byUuid(uuid),
			limit: 1,
			filters: { visibility: 'private' },
		});
		expect(notes.map((item) => item.json.text_content)).toEqual(['note']);
	});
});
