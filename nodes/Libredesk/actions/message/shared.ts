/** Shared by the message operations: their fields (attachments, which message) and their output. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { downloadAttachments } from '../../helpers/downloads';
import type { DownloadSettings } from '../../helpers/downloads';
import { simplifyMessage } from '../../helpers/simplify';
import { OutputWithBinary } from '../operationTypes';
import type { OperationOutput } from '../operationTypes';
import { conversationUuid, messageUuid } from '../../helpers/recordIds';
import type { InputChecker } from '../../helpers/validation';
import { conversationLocator } from '../shared/descriptions';
import type { LibredeskRequest } from '../../transport';

export function messageUuidField(description: string): INodeProperties {
	return {
		displayName: 'Message UUID',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 7f1c2a9e-1b2c-4d3e-8f90-123456789abc',
		description,
	};
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
	read: LibredeskRequest,
	message: IDataObject,
	simplify: boolean,
	downloads: DownloadSettings | undefined,
): Promise<OperationOutput> {
	const json = simplify ? simplifyMessage(message) : message;
	if (!downloads) return json;
	const { binary, skipped } = await downloadAttachments.call(this, read, message, downloads);
	const output = skipped.length ? { ...json, skipped_attachments: skipped } : json;
	return Object.keys(binary).length ? new OutputWithBinary(output, binary) : output;
}

/** The conversation and the message in it, as Get, Retry and Delete pick them. */
export function messageRefFields(conversationText: string, messageText: string): INodeProperties[] {
	return [conversationLocator(conversationText), messageUuidField(messageText)];
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
