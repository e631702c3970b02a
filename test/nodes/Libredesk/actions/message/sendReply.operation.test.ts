import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('message');

describe('Message → Send Reply', () => {
	it("sends to the conversation's contact when To is empty (Libredesk would answer 500)", async () => {
		const { uuid, contact } = await seedConversation(ctx.sim, {
			contact_email: 'reply.me@example.com',
		});
		const [output] = await run({
			operation: 'sendReply',
			conversationId: byUuid(uuid),
			content: 'Thanks!\nWe are on it.',
			contentFormat: 'text',
		});
		const [post] = requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`);
		expect(post.json).toEqual({
			sender_type: 'agent',
			message: '<p>Thanks!<br>We are on it.</p>',
			private: false,
			to: [contact.email],
			cc: [],
			bcc: [],
			attachments: [],
		});
		expect(output.json).toMatchObject({
			type: 'outgoing',
			status: 'pending',
			private: false,
			conversation_uuid: uuid,
			meta: { to: ['reply.me@example.com'] },
		});
	});

	it('replies in a live chat without recipients: Libredesk needs To only on email inboxes', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const livechat = ctx.sim.state.inboxes.find((inbox) => inbox.channel === 'livechat')!;
		const conversation = ctx.sim.state.conversations.find((candidate) => candidate.uuid === uuid)!;
		conversation.inbox_id = livechat.id;
		ctx.sim.state.findUser(conversation.contact_id)!.email = '';
		const [output] = await run({
			operation: 'sendReply',
			conversationId: byUuid(uuid),
			content: 'Hi there',
		});
		const [post] = requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`);
		expect(post.json).toMatchObject({ private: false, to: [] });
		expect(output.json).toMatchObject({ conversation_uuid: uuid, private: false });
	});

	it('takes To, CC and BCC, and uploads binaries before attaching them', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run(
			{
				operation: 'sendReply',
				conversationId: byUuid(uuid),
				content: '<p>See the invoice</p>',
				additionalFields: {
					to: 'a@example.com, B@example.com',
					cc: 'c@example.com',
					bcc: 'd@example.com',
					binaryPropertyNames: 'invoice',
				},
			},
			[
				{
					json: {},
					binary: {
						invoice: {
							data: Buffer.from('%PDF').toString('base64'),
							mimeType: 'application/pdf',
							fileName: 'invoice.pdf',
						},
					},
				},
			],
		);
		const media = ctx.sim.state.media.at(-1)!;
		expect(requestsTo(ctx.sim, 'GET', `/api/v1/conversations/${uuid}`)).toHaveLength(0);
		expect(
			requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`)[0].json,
		).toMatchObject({
			to: ['a@example.com', 'b@example.com'],
			cc: ['c@example.com'],
			bcc: ['d@example.com'],
			attachments: [media.id],
		});
		expect(output.json.attachments).toEqual([
			expect.objectContaining({ name: 'invoice.pdf', content_type: 'application/pdf' }),
		]);
	});

	it('refuses an invalid address before any request', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(
			run({
				operation: 'sendReply',
				conversationId: byUuid(uuid),
				content: 'x',
				additionalFields: { cc: 'not an address' },
			}),
		).rejects.toThrow(/"CC" of item 0 is not a valid email address/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('a 500 says the message may have been sent, besides what Libredesk answers 500 for', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.injectFault({
			kind: 'status',
			status: 500,
			match: new RegExp(`^POST /api/v1/conversations/${uuid}/messages$`),
		});
		const error = (await run({
			operation: 'sendReply',
			conversationId: byUuid(uuid),
			content: 'x',
			additionalFields: { to: 'jane@example.com' },
		}).catch((caught: Error) => caught)) as Error & { description?: string };
		expect(error.message).toMatch(/\(HTTP 500/);
		expect(error.description).toMatch(/"To" must hold at least one address/);
		expect(error.description).toMatch(
			new RegExp(
				`The message may have been sent: look at the newest messages of conversation ${uuid}`,
			),
		);
		expect(error.description).toMatch(/Retry On Fail would send it again/);
	});

	it('a disabled inbox is Libredesk’s 400 with its message', async () => {
		const { uuid } = await seedConversation(ctx.sim, { inbox_id: 2 });
		ctx.sim.state.inboxes[1].enabled = false;
		try {
			await expect(
				run({ operation: 'sendReply', conversationId: byUuid(uuid), content: 'x' }),
			).rejects.toThrow('Libredesk: Inbox is disabled (HTTP 400, InputException)');
		} finally {
			ctx.sim.state.inboxes[1].enabled = true;
		}
	});
});
