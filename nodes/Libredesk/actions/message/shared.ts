/** Shared by the message operations: sending one (reply, note, incoming) and naming one. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { downloadAttachments } from '../../helpers/downloads';
import type { DownloadSettings } from '../../helpers/downloads';
import { simplifyMessage } from '../../helpers/simplify';
import { libredeskApiRequest } from '../../transport';
import { OutputWithBinary } from '../operationTypes';
import type { OperationOutput } from '../operationTypes';
import { conversationUuid, messageUuid } from '../../helpers/locators';
import type { InputChecker } from '../../helpers/validation';
import { conversationLocator } from '../shared/descriptions';
import type { Show } from '../shared/descriptions';

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
		creates: `The message may have been added: look at the newest messages of conversation ${uuid} in Libredesk`,
		hints: {
			400: 'Libredesk refused the message: the inbox of the conversation may be disabled, or a value is invalid.',
			500: 'Libredesk failed to take the message. For a reply on an email conversation, "To" must hold at least one address; an attachment ID that does not exist also causes this.',
			...hints,
		},
	})) as IDataObject;
}

export function messageUuidField(show: Show, description: string): INodeProperties {
	return {
		displayName: 'Message UUID',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 7f1c2a9e-1b2c-4d3e-8f90-123456789abc',
		description,
		displayOptions: { show },
	};
}

/** One message (GET /conversations/{uuid}/messages/{message uuid}). */
export async function readMessage(
	this: IExecuteFunctions,
	conversationUuid: string,
	messageUuid: string,
	itemIndex: number,
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: `/conversations/${conversationUuid}/messages/${messageUuid}`,
		itemIndex,
		permission: 'messages:read',
		hints: {
			403: "The API key's role lacks messages:read, the conversation is not visible to the key's agent, or the message belongs to another conversation.",
			500: 'Libredesk answers 500 for a message UUID it does not have: check the Message UUID.',
		},
	})) as IDataObject;
}

/** The attachment fields of Send Reply and Add Incoming Message (inside Additional Fields). */
export const ATTACHMENT_FIELDS: INodeProperties[] = [
	{
		displayName: 'Attachment IDs',
		name: 'attachmentIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12, 13',
		description:
			'IDs of files already uploaded to Libredesk, separated by commas, or a list from an expression',
	},
	{
		displayName: 'Binary Properties',
		name: 'binaryPropertyNames',
		type: 'string',
		default: '',
		placeholder: 'e.g. data, invoice',
		description:
			'Names of binary properties of the input item to upload and attach, separated by commas',
	},
];

/** A message as output: simplified or not, with its attachments as files when asked. */
export async function messageOutput(
	this: IExecuteFunctions,
	itemIndex: number,
	message: IDataObject,
	simplify: boolean,
	downloads: DownloadSettings | undefined,
): Promise<OperationOutput> {
	const json = simplify ? simplifyMessage(message) : message;
	if (!downloads) return json;
	const { binary, skipped } = await downloadAttachments.call(this, itemIndex, message, downloads);
	const output = skipped.length ? { ...json, skipped_attachments: skipped } : json;
	return Object.keys(binary).length ? new OutputWithBinary(output, binary) : output;
}

/** The conversation and the message in it, as Get, Retry and Delete pick them. */
export function messageRefFields(
	show: Show,
	conversationText: string,
	messageText: string,
): INodeProperties[] {
	return [conversationLocator(show, conversationText), messageUuidField(show, messageText)];
}

export interface MessageRef {
	uuid: string;
	messageUuid: string;
}

export async function readMessageRef(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
): Promise<MessageRef> {
	const message = messageUuid.call(this, check, itemIndex);
	return { uuid: await conversationUuid.call(this, check, itemIndex), messageUuid: message };
}
