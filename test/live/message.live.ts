/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/** Message operations through n8n-core against a live Libredesk. */
import { startLivechatConversation } from './provision';
import { byId, settledMessage, useLive } from './useLive';

const live = useLive();
const message = (operation: string, uuid: string, extra: Record<string, unknown> = {}) =>
	live.run({ resource: 'message', operation, conversationId: byId(uuid), ...extra });

describe('Message', () => {
	it('Send Reply on an email conversation goes to the contact, plain text braces and all', async () => {
		const f = live.fixtures;
		const { uuid, contact } = await live.conversation('reply');
		const [reply] = await message('sendReply', uuid, {
			content: 'Thanks!\nUse {{ code }} at checkout.',
			contentFormat: 'text',
			additionalFields: { cc: f.email('cc') },
		});
		expect(['pending', 'sent']).toContain(reply.json.status);
		expect(reply.json).toMatchObject({
			type: 'outgoing',
			private: false,
			meta: expect.objectContaining({ to: [contact.email], cc: [f.email('cc')] }),
		});
		expect(await settledMessage(live, uuid, String(reply.json.uuid))).toMatchObject({
			status: 'sent',
		});
		const sent = await f.smtp.waitFor((mail) =>
			mail.data.includes('Use &#123;&#123; code }} at checkout.'),
		);
		expect(sent?.to.join(' ')).toContain(contact.email);
	});

	it('Send Reply on a live chat conversation needs no To (the visitor has no email)', async () => {
		const { uuid } = await startLivechatConversation(live.fixtures, 'Hello from the widget');
		const [reply] = await message('sendReply', uuid, {
			content: 'Hi, how can we help?',
			contentFormat: 'text',
		});
		expect(reply.json).toMatchObject({ conversation_uuid: uuid, private: false, type: 'outgoing' });
		expect(await settledMessage(live, uuid, String(reply.json.uuid))).toMatchObject({
			status: 'sent',
		});
	});

	it('Add Private Note with mentions sends no email; its meta is {}', async () => {
		const f = live.fixtures;
		const { uuid } = await live.conversation('note');
		const before = f.smtp.emails.length;
		const [note] = await message('addPrivateNote', uuid, {
			content: 'Check {{ this }}',
			contentFormat: 'text',
			additionalFields: { mentionAgents: [f.agent.id], mentionTeams: [f.teams[0].id] },
		});
		expect(note.json).toMatchObject({ private: true, status: 'sent', meta: {} });
		await new Promise((resolve) => setTimeout(resolve, 1000));
		expect(f.smtp.emails.length).toBe(before);
	});

	it('Get Many: newest first, filters by type and visibility, simplified', async () => {
		const f = live.fixtures;
		const { uuid } = await live.conversation('list');
		await f.admin.data('POST', `/api/v1/conversations/${uuid}/messages`, {
			sender_type: 'agent',
			private: true,
			message: '<p>note</p>',
		});
		await f.admin.data('PUT', `/api/v1/conversations/${uuid}/priority`, { priority: 'Low' });
		const all = await message('getAll', uuid, { returnAll: true });
		expect(all.map((item) => item.json.type)).toEqual(['activity', 'outgoing', 'incoming']);
		expect(Object.keys(all[0].json).sort()).toEqual([
			'attachments',
			'author',
			'created_at',
			'private',
			'sender_type',
			'status',
			'text_content',
			'type',
			'uuid',
		]);
		const incoming = await message('getAll', uuid, {
			returnAll: true,
			filters: { types: ['incoming'] },
		});
		expect(incoming.map((item) => item.json.text_content)).toEqual(['list']);
		const publicOnly = await message('getAll', uuid, {
			returnAll: true,
			filters: { visibility: 'public' },
		});
		expect(publicOnly.map((item) => item.json.type)).toEqual(['incoming']);
	});
});
