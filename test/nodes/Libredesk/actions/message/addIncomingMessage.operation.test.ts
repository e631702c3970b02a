import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('message', { operation: 'addIncomingMessage' });
const admin = () => ctx.sim.state.users[0];

beforeEach(() => {
	// No default role may write as the contact; an admin adds a role that can (simulator/state.ts).
	if (!admin().roles.includes('Contact Messages')) admin().roles.push('Contact Messages');
});

describe('Message → Add Incoming Message', () => {
	it("records the customer's message, with files, as sent by the contact", async () => {
		const { uuid, contact } = await seedConversation(ctx.sim);
		const [output] = await run(
			{
				conversationId: byUuid(uuid),
				content: 'Photo of the broken part {{ attached }}\n<b>thanks</b>',
				contentFormat: 'text',
				additionalFields: { binaryPropertyNames: 'photo' },
			},
			[
				{
					json: {},
					binary: {
						photo: {
							data: Buffer.from('PNGDATA').toString('base64'),
							mimeType: 'image/png',
							fileName: 'part.png',
						},
					},
				},
			],
		);
		const media = ctx.sim.state.media.at(-1)!;
		const [post] = requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`);
		expect(post.json).toEqual({
			sender_type: 'contact',
			message:
				'<p>Photo of the broken part &#123;&#123; attached }}<br>&lt;b&gt;thanks&lt;/b&gt;</p>',
			private: false,
			attachments: [media.id],
		});
		expect(output.json).toMatchObject({
			type: 'incoming',
			status: 'received',
			sender_type: 'contact',
			sender_id: contact.id,
			attachments: [expect.objectContaining({ name: 'part.png' })],
		});
		const stored = ctx.sim.state.messages.at(-1)!;
		expect(stored).toMatchObject({
			type: 'incoming',
			sender_id: contact.id,
			attachments: [media.id],
		});
	});

	it('reopens a resolved conversation, as an incoming message does in Libredesk', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.state.conversations.find((c) => c.uuid === uuid)!.status = 'Resolved';
		await run({ conversationId: byUuid(uuid), content: 'Still broken' });
		expect(ctx.sim.state.conversations.find((c) => c.uuid === uuid)!.status).toBe('Open');
	});

	it('without messages:write_as_contact: the 403 names the permission and how to get it', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		admin().roles = admin().roles.filter((role) => role !== 'Contact Messages');
		const error = await run({ conversationId: byUuid(uuid), content: 'x' }).catch(
			(caught: Error & { description?: string }) => caught,
		);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toBe(
			'Libredesk: Permission denied (HTTP 403, PermissionException)',
		);
		expect((error as { description?: string }).description).toMatch(
			/messages:write_as_contact.*Admin → Roles/,
		);
	});

	it('checks content and binary properties before any request', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(run({ conversationId: byUuid(uuid), content: '  ' })).rejects.toThrow(
			/"Content" of item 0 is empty/,
		);
		await expect(
			run({
				conversationId: byUuid(uuid),
				content: 'x',
				additionalFields: { binaryPropertyNames: 'nope' },
			}),
		).rejects.toThrow(/"Binary Properties" of item 0 names "nope"/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('finds the conversation by its reference number', async () => {
		const { uuid, reference_number } = await seedConversation(ctx.sim);
		await run({
			conversationId: { __rl: true, mode: 'reference', value: `#${reference_number}` },
			content: 'By reference',
		});
		expect(requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`)).toHaveLength(1);
	});
});
