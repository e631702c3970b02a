/**
 * For every operation of the node that changes something in Libredesk: parameters (reading each
 * item through expressions), a valid first item and a second one the node must refuse, so that a
 * test can check that a bad item stops the run before the first write. Cases where the two items
 * collide with each other (two new tags with one name, …) are among them.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Simulator } from '../../simulator/server';
import { byId, byUuid } from './resourceRig';
import { seedConversation, simCall } from './seed';

export interface WriteCase {
	/** What is wrong with the second item. */
	bad: string;
	parameters: INodeParameters;
	items: [IDataObject, IDataObject];
	typeVersion?: number;
}

/** Records the cases point at, put into the simulator once. */
export interface Seeds {
	/** Two conversations, their contacts and a private note and a customer message of the first. */
	conversations: [string, string];
	contacts: [number, number];
	note: string;
	customerMessage: string;
	/** A reply by the admin key's agent that failed, and one that was sent. */
	failedReply: { conversation: string; message: string };
	sentReply: { conversation: string; message: string };
	/** An email conversation whose contact has no email (a reply without To fails). */
	noEmail: string;
	/** A note on the first contact. */
	contactNote: number;
	/** Two statuses the node may change (the default ones cannot be). */
	statuses: [number, number];
}

export async function seedWriteCases(sim: Simulator): Promise<Seeds> {
	const first = await seedConversation(sim);
	const second = await seedConversation(sim);
	const note = await simCall(sim, 'POST', `/conversations/${first.uuid}/messages`, {
		sender_type: 'agent',
		message: '<p>note</p>',
		private: true,
	});
	const customer = sim.state.messages.find((message) => message.conversation_id === first.id)!;
	const replies = [
		await seedConversation(sim, { initiator: 'agent' }),
		await seedConversation(sim, { initiator: 'agent' }),
	].map((conversation) => ({
		conversation: conversation.uuid,
		message: sim.state.messages.find(
			(message) => message.conversation_id === conversation.id && message.type === 'outgoing',
		)!,
	}));
	replies[0].message.status = 'failed';
	replies[1].message.status = 'sent';
	const noEmail = await seedConversation(sim);
	sim.state.findUser(noEmail.contact.id)!.email = '';
	const contactNote = await simCall(sim, 'POST', `/contacts/${first.contact.id}/notes`, {
		note: 'seeded',
	});
	const statuses = [
		await simCall(sim, 'POST', '/statuses', { name: 'Waiting Vendor', category: 'waiting' }),
		await simCall(sim, 'POST', '/statuses', { name: 'Escalated', category: 'open' }),
	];
	return {
		conversations: [first.uuid, second.uuid],
		contacts: [first.contact.id, second.contact.id],
		note: String(note.uuid),
		customerMessage: customer.uuid,
		failedReply: { conversation: replies[0].conversation, message: replies[0].message.uuid },
		sentReply: { conversation: replies[1].conversation, message: replies[1].message.uuid },
		noEmail: noEmail.uuid,
		contactNote: Number(contactNote.id),
		statuses: [Number(statuses[0].id), Number(statuses[1].id)],
	};
}

const conversation = { conversationId: byUuid('={{ $json.uuid }}') };
const contact = { contactId: byId('={{ $json.contact }}') };
const MISSING = 999999;

/** Cases by `resource.operation`; every write operation of the node needs at least one. */
export function writeCases(seeds: Seeds): Record<string, WriteCase[]> {
	const [uuid, otherUuid] = seeds.conversations;
	const [contactId, otherContactId] = seeds.contacts;
	const onConversation = (parameters: INodeParameters, good: IDataObject, bad: IDataObject) => ({
		parameters: { ...conversation, ...parameters },
		items: [
			{ uuid, ...good },
			{ uuid: otherUuid, ...bad },
		] as [IDataObject, IDataObject],
	});
	const tags = { tags: '={{ $json.tags }}' };
	const record = (field: string, good: number, extra: INodeParameters = {}) => ({
		bad: 'an ID Libredesk does not have',
		parameters: { [field]: byId('={{ $json.id }}'), ...extra },
		items: [{ id: good }, { id: MISSING }] as [IDataObject, IDataObject],
	});
	const sameName = (what: string, parameters: INodeParameters, name = 'Duplicate Name') => ({
		bad: `two new ${what} with one name`,
		parameters: { name: '={{ $json.name }}', ...parameters },
		items: [{ name }, { name }] as [IDataObject, IDataObject],
	});
	return {
		'conversation.addTags': [
			{ bad: 'an unknown tag', ...onConversation(tags, { tags: ['bug'] }, { tags: ['nope'] }) },
		],
		'conversation.removeTags': [
			{ bad: 'an unknown tag', ...onConversation(tags, { tags: ['bug'] }, { tags: ['nope'] }) },
		],
		'conversation.setTags': [
			{ bad: 'an unknown tag', ...onConversation(tags, { tags: ['bug'] }, { tags: ['nope'] }) },
		],
		'conversation.applyMacro': [
			{
				bad: 'a macro Libredesk does not have',
				...onConversation({ macroId: '={{ $json.macro }}' }, { macro: 2 }, { macro: MISSING }),
			},
			{
				bad: 'a macro with a reply action',
				...onConversation({ macroId: '={{ $json.macro }}' }, { macro: 2 }, { macro: 3 }),
			},
		],
		'conversation.assign': [
			{
				bad: 'an unknown agent',
				...onConversation(
					{ assignTo: 'agent', agentId: '={{ $json.agent }}' },
					{ agent: 1 },
					{ agent: MISSING },
				),
			},
		],
		'conversation.unassign': [
			{
				bad: 'neither agent nor team',
				...onConversation(
					{ unassign: '={{ $json.which }}' },
					{ which: 'agent' },
					{ which: 'everyone' },
				),
			},
		],
		'conversation.markUnread': [
			{
				bad: 'a malformed UUID',
				parameters: conversation,
				items: [{ uuid }, { uuid: 'not-a-uuid' }],
			},
		],
		'conversation.updatePriority': [
			{
				bad: 'an unknown priority',
				...onConversation(
					{ priority: '={{ $json.priority }}' },
					{ priority: 'High' },
					{ priority: 'Urgent' },
				),
			},
		],
		'conversation.updateStatus': [
			{
				bad: 'an unknown status',
				...onConversation(
					{ status: '={{ $json.status }}' },
					{ status: 'Open' },
					{ status: 'Pending' },
				),
			},
		],
		'conversation.updateCustomAttributes': [
			{
				bad: 'JSON that is not an object',
				...onConversation(
					{ customAttributes: '={{ $json.attributes }}' },
					{ attributes: '{"order_id": "A-1"}' },
					{ attributes: 'not json' },
				),
			},
		],
		'conversation.create': [
			{
				bad: 'an invalid contact email',
				parameters: {
					inboxId: byId(1),
					contactEmail: '={{ $json.email }}',
					firstName: 'Walk',
					content: '<p>hello</p>',
					initiator: 'contact',
				},
				items: [{ email: 'walk@example.com' }, { email: 'not an email' }],
			},
		],
		'message.addIncomingMessage': [
			{
				bad: 'no content',
				...onConversation({ content: '={{ $json.content }}' }, { content: 'hi' }, { content: '' }),
			},
		],
		'message.addPrivateNote': [
			{
				bad: 'no content',
				...onConversation({ content: '={{ $json.content }}' }, { content: 'hi' }, { content: '' }),
			},
		],
		'message.sendReply': [
			{
				bad: 'no To, and a contact without email',
				parameters: { ...conversation, content: 'Thanks' },
				items: [{ uuid }, { uuid: seeds.noEmail }],
			},
		],
		'message.delete': [
			{
				bad: 'a customer message (only private notes can be deleted)',
				parameters: { ...conversation, messageId: '={{ $json.message }}' },
				items: [
					{ uuid, message: seeds.note },
					{ uuid, message: seeds.customerMessage },
				],
			},
		],
		'message.retry': [
			{
				bad: 'a reply that did not fail',
				parameters: { ...conversation, messageId: '={{ $json.message }}' },
				items: [
					{ uuid: seeds.failedReply.conversation, message: seeds.failedReply.message },
					{ uuid: seeds.sentReply.conversation, message: seeds.sentReply.message },
				],
			},
		],
		'contact.addNote': [
			{
				bad: 'an empty note',
				parameters: { ...contact, note: '={{ $json.note }}' },
				items: [
					{ contact: contactId, note: 'hi' },
					{ contact: otherContactId, note: '' },
				],
			},
		],
		'contact.block': [
			{
				bad: 'a contact ID that is not a number',
				parameters: contact,
				items: [{ contact: contactId }, { contact: 'jane' }],
			},
		],
		'contact.unblock': [
			{
				bad: 'a contact ID that is not a number',
				parameters: contact,
				items: [{ contact: contactId }, { contact: 'jane' }],
			},
		],
		'contact.deleteNote': [
			{
				bad: 'a note the contact does not have',
				parameters: { ...contact, noteId: '={{ $json.note }}' },
				items: [
					{ contact: contactId, note: seeds.contactNote },
					{ contact: contactId, note: MISSING },
				],
			},
		],
		'contact.update': [
			{
				bad: 'an invalid email',
				parameters: { ...contact, updateFields: { email: '={{ $json.email }}' } },
				items: [
					{ contact: contactId, email: 'new-walk@example.com' },
					{ contact: otherContactId, email: 'not an email' },
				],
			},
		],
		'contact.updateCustomAttributes': [
			{
				bad: 'a key Libredesk does not define for contacts (version 1)',
				typeVersion: 1,
				...onConversation(
					{ customAttributes: '={{ $json.attributes }}' },
					{ attributes: '{"crm_id": "C-1"}' },
					{ attributes: '{"nope": 1}' },
				),
			},
		],
		'agent.create': [
			{
				bad: 'two new agents with one email',
				parameters: { email: '={{ $json.email }}', firstName: 'Walk', roles: ['Agent'] },
				items: [{ email: 'twin@desk.example' }, { email: 'TWIN@desk.example' }],
			},
			{
				bad: 'an unknown role',
				parameters: { email: '={{ $json.email }}', firstName: 'Walk', roles: '={{ $json.roles }}' },
				items: [
					{ email: 'walk1@desk.example', roles: ['Agent'] },
					{ email: 'walk2@desk.example', roles: ['Nope'] },
				],
			},
		],
		'agent.update': [
			{
				bad: 'two agents given one email',
				parameters: {
					agent: byId('={{ $json.id }}'),
					updateFields: { email: '={{ $json.email }}' },
				},
				items: [
					{ id: 2, email: 'shared@desk.example' },
					{ id: 5, email: 'shared@desk.example' },
				],
			},
			record('agent', 2, { updateFields: { firstName: 'Walk' } }),
		],
		'agent.delete': [record('agent', 5)],
		'agent.setAvailability': [
			{
				bad: 'an unknown availability',
				parameters: { agent: byId('={{ $json.id }}'), availabilityStatus: '={{ $json.status }}' },
				items: [
					{ id: 2, status: 'online' },
					{ id: 5, status: 'busy' },
				],
			},
		],
		'team.create': [sameName('teams', { conversationAssignmentType: 'Manual' })],
		'team.update': [
			{
				bad: 'two teams given one name',
				parameters: { team: byId('={{ $json.id }}'), updateFields: { name: '={{ $json.name }}' } },
				items: [
					{ id: 1, name: 'Shared' },
					{ id: 2, name: 'Shared' },
				],
			},
		],
		'team.delete': [record('team', 2)],
		'inbox.enable': [record('inbox', 3)],
		'inbox.disable': [record('inbox', 2)],
		'automationRule.enable': [record('automationRule', 2)],
		'automationRule.disable': [record('automationRule', 1)],
		'customAttribute.create': [
			{
				bad: 'two new attributes with one key',
				parameters: {
					appliesTo: 'contact',
					key: '={{ $json.key }}',
					name: 'Twin',
					dataType: 'text',
					description: 'twin',
				},
				items: [{ key: 'twin_key' }, { key: 'twin_key' }],
			},
		],
		'customAttribute.update': [
			record('customAttribute', 1, { updateFields: { name: 'Walk', description: 'walk' } }),
		],
		'customAttribute.delete': [record('customAttribute', 1)],
		'tag.create': [sameName('tags', {}, 'duplicate')],
		'tag.update': [
			{
				bad: 'two tags given one name',
				parameters: { tag: byId('={{ $json.id }}'), name: '={{ $json.name }}' },
				items: [
					{ id: 1, name: 'shared' },
					{ id: 2, name: 'shared' },
				],
			},
		],
		'tag.delete': [record('tag', 1)],
		'macro.create': [
			{
				bad: 'an empty name',
				parameters: { name: '={{ $json.name }}', additionalFields: { messageContent: 'Hi' } },
				items: [{ name: 'Walk' }, { name: '' }],
			},
		],
		'macro.update': [record('macro', 1, { updateFields: { name: 'Walk' } })],
		'macro.delete': [record('macro', 1)],
		'status.create': [sameName('statuses', { category: 'open' }, 'Twin')],
		'status.update': [
			{
				bad: 'two statuses given one name',
				parameters: {
					statusId: byId('={{ $json.id }}'),
					updateFields: { name: '={{ $json.name }}' },
				},
				items: [
					{ id: seeds.statuses[0], name: 'Shared' },
					{ id: seeds.statuses[1], name: 'Shared' },
				],
			},
		],
		// Writes to n8n's history of event IDs, not to Libredesk: a bad item must stop it just the same.
		'event.deduplicate': [
			{
				bad: 'no event ID',
				parameters: { eventId: '={{ $json.event }}' },
				items: [{ event: 'conversation.created:1' }, { event: '' }],
			},
		],
		'status.delete': [
			{
				bad: "one of Libredesk's default statuses",
				parameters: { statusId: byId('={{ $json.id }}') },
				items: [{ id: seeds.statuses[0] }, { id: 1 }],
			},
		],
	};
}
