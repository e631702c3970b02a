/**
 * "Simplify" keeps the fields most flows use (n8n's guideline: at most ten or so, most used first).
 * The lists are part of the documentation (docs/resources/*.md, Simplify).
 */
import type { IDataObject } from 'n8n-workflow';

export const SIMPLE_CONVERSATION_FIELDS = [
	'uuid',
	'reference_number',
	'subject',
	'status',
	'priority',
	'contact_email',
	'inbox_name',
	'assigned_user_id',
	'assigned_team_id',
	'tags',
	// The last message the customer saw or wrote; last_message also counts notes and activity entries.
	'last_interaction',
	'created_at',
] as const;

export const SIMPLE_CONTACT_FIELDS = [
	'id',
	'email',
	'first_name',
	'last_name',
	'phone_number',
	'country',
	'enabled',
	'external_user_id',
	'created_at',
] as const;

export const SIMPLE_MESSAGE_FIELDS = [
	'uuid',
	'type',
	'private',
	'sender_type',
	'author',
	'text_content',
	'status',
	'attachments',
	'created_at',
] as const;

function pick(record: IDataObject, fields: readonly string[]): IDataObject {
	const simple: IDataObject = {};
	for (const field of fields) if (field in record) simple[field] = record[field];
	return simple;
}

export function simplifyConversation(conversation: IDataObject): IDataObject {
	const contact = conversation.contact as IDataObject | null | undefined;
	return pick(
		{ ...conversation, contact_email: contact?.email ?? null },
		SIMPLE_CONVERSATION_FIELDS,
	);
}

export function simplifyContact(contact: IDataObject): IDataObject {
	return pick(contact, SIMPLE_CONTACT_FIELDS);
}

export function simplifyMessage(message: IDataObject): IDataObject {
	const author = message.author as IDataObject | null | undefined;
	const name = author ? [author.first_name, author.last_name].filter(Boolean).join(' ') : undefined;
	return pick({ ...message, author: name ?? null }, SIMPLE_MESSAGE_FIELDS);
}
