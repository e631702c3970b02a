/** The operations of issue 11 through n8n-core against a live Libredesk v2.7.0. */
import type { INodeParameters } from 'n8n-workflow';

import { libredeskNode, runNode } from '../helpers/n8n';
import { letAgentWriteAsContact } from './contactWriter';
import { byId, useLive } from './useLive';

const live = useLive();
const fail = async (parameters: INodeParameters) =>
	(await live.run(parameters).catch((caught: Error) => caught)) as Error & { description?: string };

describe('Message: incoming, get with files, delete, retry', () => {
	it('Add Incoming Message needs messages:write_as_contact; with a role that has it, records the customer message and file', async () => {
		const f = live.fixtures;
		const { uuid, contact_id } = await live.conversation('incoming');
		const refused = await fail({
			resource: 'message',
			operation: 'addIncomingMessage',
			conversationId: byId(uuid),
			content: 'x',
		});
		expect(refused.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(refused.description).toMatch(/messages:write_as_contact/);

		await letAgentWriteAsContact(f, 'contact writer');
		const asAgent = { ...live.credentials, apiKey: f.agent.key.key, apiSecret: f.agent.key.secret };
		const [recorded] = await runNode(
			libredeskNode({
				resource: 'message',
				operation: 'addIncomingMessage',
				conversationId: byId(uuid),
				content: 'Statement attached',
				contentFormat: 'text',
				additionalFields: { binaryPropertyNames: 'data' },
			}),
			[
				{
					json: {},
					binary: {
						data: {
							data: Buffer.from('2026-11-02 ORDER 2087 -49.90').toString('base64'),
							mimeType: 'text/plain',
							fileName: 'statement.txt',
						},
					},
				},
			],
			asAgent,
		);
		expect(recorded.json).toMatchObject({
			type: 'incoming',
			status: 'received',
			sender_type: 'contact',
			sender_id: contact_id,
		});

		// The attachment's own `url` is built from Libredesk's root URL; the node downloads from the Base URL.
		const [got] = await live.run({
			resource: 'message',
			operation: 'get',
			conversationId: byId(uuid),
			messageId: String(recorded.json.uuid),
			downloadAttachments: true,
		});
		expect(got.binary?.attachment_0).toMatchObject({
			fileName: 'statement.txt',
			mimeType: 'text/plain',
		});
		expect(Buffer.from(got.binary!.attachment_0.data, 'base64').toString()).toBe(
			'2026-11-02 ORDER 2087 -49.90',
		);
	});

	it('Delete removes a private note only; Retry refuses a reply that did not fail', async () => {
		const { uuid } = await live.conversation('delete');
		const [note] = await live.run({
			resource: 'message',
			operation: 'addPrivateNote',
			conversationId: byId(uuid),
			content: 'wrong customer',
		});
		const [deleted] = await live.run({
			resource: 'message',
			operation: 'delete',
			conversationId: byId(uuid),
			messageId: String(note.json.uuid),
		});
		expect(deleted.json).toEqual({
			deleted: true,
			uuid: note.json.uuid,
			conversation_uuid: uuid,
			content: 'This note was deleted',
		});
		const incoming = (await live.messages(uuid)).find((message) => message.type === 'incoming')!;
		expect(
			(
				await fail({
					resource: 'message',
					operation: 'delete',
					conversationId: byId(uuid),
					messageId: String(incoming.uuid),
				})
			).message,
			// Checked before sending (Libredesk would answer 404 "Not found", after earlier items).
		).toBe('The "Message UUID" of item 0 names a reply or a customer message, not a private note');
		expect(
			(
				await fail({
					resource: 'message',
					operation: 'retry',
					conversationId: byId(uuid),
					messageId: String(incoming.uuid),
				})
			).message,
		).toMatch(/not a reply from an agent/);
	});
});

describe('Conversation: reference number, macro, unread, participants, lists, tags', () => {
	it('finds a conversation by #reference and applies a macro', async () => {
		const f = live.fixtures;
		const { uuid, reference_number } = await live.conversation('macro');
		const [byReference] = await live.run({
			resource: 'conversation',
			operation: 'get',
			conversationId: { __rl: true, mode: 'reference', value: `#${reference_number}` },
		});
		expect(byReference.json.uuid).toBe(uuid);
		const macro = await f.admin.data<{ id: number }>('POST', '/api/v1/macros', {
			name: `${f.prefix} escalate`,
			message_content: '<p>Passed on.</p>',
			visibility: 'all',
			visible_when: ['replying'],
			actions: [
				{ type: 'set_priority', value: ['3'] },
				{ type: 'add_tags', value: [f.tags[0]] },
			],
		});
		f.later(() => f.admin.data('DELETE', `/api/v1/macros/${macro.id}`));
		const [applied] = await live.run({
			resource: 'conversation',
			operation: 'applyMacro',
			conversationId: byId(uuid),
			macroId: macro.id,
		});
		expect(applied.json).toMatchObject({
			uuid,
			priority: 'High',
			tags: [f.tags[0]],
			macro: { id: macro.id, message_content: '<p>Passed on.</p>' },
		});
	});

	it('Mark Unread, Get Participants, Get Many by contact email and tag, Create Missing Tags', async () => {
		const f = live.fixtures;
		const { uuid, contact_id, contact } = await live.conversation('lists');
		expect(
			(
				await live.run({
					resource: 'conversation',
					operation: 'markUnread',
					conversationId: byId(uuid),
				})
			)[0].json,
		).toEqual({ uuid, unread: true });
		expect(
			(
				await live.run({
					resource: 'conversation',
					operation: 'getParticipants',
					conversationId: byId(uuid),
				})
			).map((item) => item.json.id),
		).toEqual([contact_id]);
		const newTag = `${f.prefix}-created`;
		const [tagged] = await live.run({
			resource: 'conversation',
			operation: 'addTags',
			conversationId: byId(uuid),
			tags: [newTag],
			createMissingTags: true,
		});
		const created = (
			await f.admin.data<Array<{ id: number; name: string }>>('GET', '/api/v1/tags')
		).find((tag) => tag.name === newTag);
		if (created) f.later(() => f.admin.data('DELETE', `/api/v1/tags/${created.id}`));
		expect(tagged.json.tags).toEqual([newTag]);
		const byEmail = await live.run({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			filters: { contactEmail: contact.email },
		});
		expect(byEmail.map((item) => item.json.uuid)).toEqual([uuid]);
		const byTag = await live.run({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			filters: { tags: [newTag] },
		});
		expect(byTag.map((item) => item.json.uuid)).toEqual([uuid]);
	});
});

describe('Contact and lookups', () => {
	it('Update Custom Attributes merges through a conversation; Delete Note checks the note first', async () => {
		const f = live.fixtures;
		const key = `${f.prefix.replace(/-/g, '_')}_crm`;
		const attribute = await f.admin.data<{ id: number }>('POST', '/api/v1/custom-attributes', {
			name: `${f.prefix} CRM`,
			key,
			applies_to: 'contact',
			data_type: 'text',
			description: 'live test',
			values: [],
		});
		f.later(() => f.admin.data('DELETE', `/api/v1/custom-attributes/${attribute.id}`));
		const { uuid, contact_id } = await live.conversation('attributes');
		const [contact] = await live.run({
			resource: 'contact',
			operation: 'updateCustomAttributes',
			conversationId: byId(uuid),
			customAttributes: { [key]: 'C-1042' },
		});
		expect(contact.json).toMatchObject({ id: contact_id, custom_attributes: { [key]: 'C-1042' } });
		expect(
			(
				await fail({
					resource: 'contact',
					operation: 'updateCustomAttributes',
					conversationId: byId(uuid),
					customAttributes: { not_defined_here: 1 },
				})
			).message,
		).toMatch(/keys Libredesk does not define for contacts: not_defined_here/);

		const note = await f.admin.data<{ id: number }>(
			'POST',
			`/api/v1/contacts/${contact_id}/notes`,
			{ note: 'call back' },
		);
		expect(
			(
				await live.run({
					resource: 'contact',
					operation: 'deleteNote',
					contactId: byId(contact_id),
					noteId: String(note.id),
				})
			)[0].json,
		).toEqual({ deleted: true, id: note.id, contact_id });
		expect(
			(
				await fail({
					resource: 'contact',
					operation: 'deleteNote',
					contactId: byId(contact_id),
					noteId: String(note.id),
				})
			).message,
		).toMatch(/has no note with that ID/);
	});

	it('Get Many for agents, teams, inboxes and custom attributes', async () => {
		const f = live.fixtures;
		const agents = await live.run({ resource: 'agent', operation: 'getAll', returnAll: true });
		expect(agents.map((item) => item.json.id)).toContain(f.agent.id);
		expect(agents.map((item) => item.json.id)).not.toContain(f.disabledAgent.id);
		const teams = await live.run({ resource: 'team', operation: 'getAll', returnAll: true });
		expect(teams.map((item) => item.json.id)).toEqual(
			expect.arrayContaining(f.teams.map((team) => team.id)),
		);
		const inboxes = await live.run({
			resource: 'inbox',
			operation: 'getAll',
			returnAll: true,
			filters: { channel: 'email', enabledOnly: true },
		});
		expect(inboxes.map((item) => item.json.id)).toContain(f.inboxes.email);
		expect(inboxes.map((item) => item.json.id)).not.toContain(f.inboxes.disabledEmail);
		expect(inboxes.every((item) => !('config' in item.json))).toBe(true);
		const attributes = await live.run({
			resource: 'customAttribute',
			operation: 'getAll',
			returnAll: true,
			filters: { appliesTo: 'conversation' },
		});
		expect(attributes.every((item) => item.json.applies_to === 'conversation')).toBe(true);
	});
});
