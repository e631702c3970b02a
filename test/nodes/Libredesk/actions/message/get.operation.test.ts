import { requestsTo } from '../../../../helpers/fixtures';
import { conversationWithFiles } from '../../../../helpers/files';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('message', { operation: 'get' });

/** A conversation whose first (incoming) message carries two files. */
const conversationWithTwoFiles = () =>
	conversationWithFiles(ctx.sim, [
		{ name: 'Invoice März.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4 invoice') },
		{ name: 'big.bin', type: 'application/octet-stream', data: Buffer.alloc(3000, 7) },
	]);

describe('Message → Get', () => {
	it('gets one message, simplified by default', async () => {
		const { conversation, message } = await conversationWithTwoFiles();
		const [output] = await run({
			conversationId: byUuid(conversation.uuid),
			messageId: message.uuid,
		});
		expect(output.json).toMatchObject({
			uuid: message.uuid,
			type: 'incoming',
			sender_type: 'contact',
		});
		expect(output.binary).toBeUndefined();
		expect(requestsTo(ctx.sim, 'GET', '/uploads/' + ctx.sim.state.media[0].uuid)).toHaveLength(0);
	});

	it('downloads the attachments into binary properties, from the Base URL with the credential, up to the size cap', async () => {
		const { conversation, message } = await conversationWithTwoFiles();
		const [output] = await run({
			conversationId: byUuid(conversation.uuid),
			messageId: message.uuid,
			simplify: false,
			downloadAttachments: true,
			maxAttachmentMb: 0.002,
			binaryPrefix: 'file_',
		});
		expect(Object.keys(output.binary ?? {})).toEqual(['file_0']);
		expect(output.binary?.file_0).toMatchObject({
			fileName: 'Invoice März.pdf',
			mimeType: 'application/pdf',
		});
		expect(Buffer.from(output.binary!.file_0.data, 'base64').toString()).toBe('%PDF-1.4 invoice');
		expect(output.json.skipped_attachments).toEqual([
			{ name: 'big.bin', size: 3000, reason: 'larger than Max Attachment Size (2097 bytes)' },
		]);
		const downloads = ctx.sim.requests.filter((request) => request.path.startsWith('/uploads/'));
		expect(downloads).toHaveLength(1);
		expect(downloads[0].headers.authorization).toBeDefined();
		expect(downloads[0].query).toEqual({});
	});

	it('checks the message UUID and the download settings before any request', async () => {
		const { conversation } = await seedConversation(ctx.sim).then((c) => ({ conversation: c }));
		ctx.sim.clearRequests();
		await expect(
			run({ conversationId: byUuid(conversation.uuid), messageId: '42' }),
		).rejects.toThrow(/"Message UUID" of item 0 is not a message UUID: "42"/);
		await expect(
			run({
				conversationId: byUuid(conversation.uuid),
				messageId: '7f1c2a9e-1b2c-4d3e-8f90-123456789abc',
				downloadAttachments: true,
				binaryPrefix: 'bad name',
			}),
		).rejects.toThrow(/"Put Output Files in Field" of item 0 is "bad name"/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it("an unknown message is Libredesk's 500 with a hint about the UUID", async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const error = await run({
			conversationId: byUuid(uuid),
			messageId: '7f1c2a9e-1b2c-4d3e-8f90-123456789abc',
		}).catch((caught: Error) => caught);
		expect((error as Error).message).toBe(
			'Libredesk: Something went wrong (HTTP 500, GeneralException)',
		);
		expect((error as { description?: string }).description).toMatch(/Message UUID/);
	});
});
