/**
 * The Libredesk endpoints that several operations call, each with its permission and hints in one
 * place. Operations that are the only caller of an endpoint send it themselves.
 */
import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { libredeskList, libredeskRecord } from './answers';
import { libredeskApiRequest } from './request';

/** The full conversation (GET /conversations/{uuid}); updates that return `true` output this. */
export async function readConversation(
	this: IExecuteFunctions,
	uuid: string,
	itemIndex: number,
): Promise<IDataObject> {
	return await libredeskRecord.call(this, {
		method: 'GET',
		endpoint: `/conversations/${uuid}`,
		itemIndex,
		permission: 'conversations:read',
	});
}

/** The full contact (GET /contacts/{id}). */
export async function readContact(
	this: IExecuteFunctions,
	id: number,
	itemIndex: number,
): Promise<IDataObject> {
	return await libredeskRecord.call(this, {
		method: 'GET',
		endpoint: `/contacts/${id}`,
		itemIndex,
		permission: 'contacts:read',
	});
}

/** Adds a message to a conversation (POST /conversations/{uuid}/messages), as an agent unless `body` says otherwise. */
export async function postMessage(
	this: IExecuteFunctions,
	itemIndex: number,
	uuid: string,
	body: IDataObject,
	permission = 'messages:write',
	hints: Partial<Record<number, string>> = {},
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: `/conversations/${uuid}/messages`,
		body: { sender_type: 'agent', ...body },
		itemIndex,
		permission,
		creates: `The message may have been sent: look at the newest messages of conversation ${uuid} in Libredesk`,
		hints: {
			400: 'Libredesk refused the message: the inbox of the conversation may be disabled, or a value is invalid.',
			500: 'Libredesk failed to take the message. For a reply on an email conversation, "To" must hold at least one address; an attachment ID that does not exist also causes this.',
			...hints,
		},
	})) as IDataObject;
}

/** One message (GET /conversations/{uuid}/messages/{message uuid}). */
export async function readMessage(
	this: IExecuteFunctions,
	conversationUuid: string,
	messageUuid: string,
	itemIndex: number,
): Promise<IDataObject> {
	return await libredeskRecord.call(this, {
		method: 'GET',
		endpoint: `/conversations/${conversationUuid}/messages/${messageUuid}`,
		itemIndex,
		permission: 'messages:read',
		hints: {
			403: "The API key's role lacks messages:read, the conversation is not visible to the key's agent, or the message belongs to another conversation.",
			500: 'Libredesk answers 500 for a message UUID it does not have: check the Message UUID.',
		},
	});
}

/**
 * Libredesk's conversation search (GET /conversations/search): reference numbers, subjects and
 * contact emails that contain `query` (at least 3 characters).
 */
export async function searchConversations(
	this: IExecuteFunctions,
	query: string,
	itemIndex: number,
): Promise<IDataObject[]> {
	return await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/conversations/search',
		qs: { query },
		itemIndex,
		permission: 'conversations:read',
	});
}

/** The lists names are checked against (statuses, priorities, tags, agents, teams, attributes). */
export type NamedList =
	| '/statuses'
	| '/priorities'
	| '/tags'
	| '/agents/compact'
	| '/teams/compact'
	| '/roles'
	| '/custom-attributes';

export interface NamedRecord {
	id: number;
	name: string;
}

/** One of Libredesk's named lists; anything but a list of records is refused (answers.ts). */
export async function fetchNamedList(
	this: IExecuteFunctions,
	list: NamedList,
	itemIndex: number,
): Promise<NamedRecord[]> {
	return (await libredeskList.call(this, {
		method: 'GET',
		endpoint: list,
		itemIndex,
	})) as unknown as NamedRecord[];
}

/**
 * Creates a tag (POST /tags). `creates` says where to look when the answer is lost; without it
 * the transport's general words are used.
 */
export async function createTag(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	notes: { creates?: string; hints?: Partial<Record<number, string>> },
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: '/tags',
		body: { name },
		itemIndex,
		permission: 'tags:manage',
		creates: notes.creates,
		hints: notes.hints,
	})) as IDataObject;
}

export type AppliesTo = 'conversation' | 'contact';

/** A custom attribute definition as Libredesk lists it. */
export interface AttributeDefinition {
	key: string;
	name: string;
	/** Libredesk's editor offers text, number, checkbox, date, link and list. */
	data_type: string;
	/** The options of a list. */
	values?: string[] | null;
	/** A pattern text values must match (Libredesk's own editor checks it), with its hint. */
	regex?: string | null;
	regex_hint?: string | null;
	description?: string | null;
}

/** The custom attribute definitions of conversations or of contacts (GET /custom-attributes). */
export async function fetchAttributeDefinitions(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	appliesTo: AppliesTo,
	itemIndex?: number,
): Promise<AttributeDefinition[]> {
	return (await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/custom-attributes',
		qs: { applies_to: appliesTo },
		itemIndex,
	})) as unknown as AttributeDefinition[];
}

/** A file to send to `POST /media`. */
export interface MediaUpload {
	data: Buffer;
	fileName: string;
	mimeType: string;
}

/**
 * Uploads one file and returns Libredesk's media object; its `id` goes into `attachments`.
 * `linked_model=messages` is what Libredesk's own UI sends: media left unlinked (say the create
 * after it failed) is then removed by Libredesk's cleanup job after 7 days.
 */
export async function uploadMedia(
	this: IExecuteFunctions,
	file: MediaUpload,
	itemIndex: number,
): Promise<IDataObject> {
	const form = new FormData();
	form.append('files', new Blob([file.data], { type: file.mimeType }), file.fileName);
	form.append('linked_model', 'messages');
	return await libredeskRecord.call(this, {
		method: 'POST',
		endpoint: '/media',
		body: form,
		itemIndex,
		// An unused upload is harmless: Libredesk removes unlinked media after 7 days.
		creates: `The file "${file.fileName}" may have been uploaded without being attached; nothing needs removing (Libredesk deletes unattached files after 7 days). Look in Libredesk whether the conversation or message was created`,
	});
}
