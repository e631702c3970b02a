import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { attachmentIds, binaryUploads } from '../../helpers/attachments';
import { toMessageHtml } from '../../helpers/content';
import type { ContentFormat } from '../../helpers/content';
import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import type { MediaUpload } from '../../transport';
import { postMessage, readConversation } from '../../transport';
import { contentFields, conversationLocator, fieldCollection } from '../shared/descriptions';
import { ATTACHMENT_FIELDS } from './shared';

export const description: INodeProperties[] = [
	conversationLocator('The conversation to reply in'),
	...contentFields('The reply the customer gets by email'),
	fieldCollection('additionalFields', 'Additional Fields', 'Add Field', [
		...ATTACHMENT_FIELDS,
		{
			displayName: 'BCC',
			name: 'bcc',
			type: 'string',
			default: '',
			placeholder: 'e.g. audit@example.com',
			description: 'Email addresses to send a blind copy to, separated by commas',
		},
		{
			displayName: 'CC',
			name: 'cc',
			type: 'string',
			default: '',
			placeholder: 'e.g. manager@example.com',
			description: 'Email addresses to send a copy to, separated by commas',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '',
			placeholder: 'e.g. jane@example.com',
			description:
				"Recipients, separated by commas. Empty: on an email conversation the conversation's contact (the node looks it up; Libredesk itself fails on an email reply without recipients); a live chat reply needs none.",
		},
	]),
];

interface ReplyRequest {
	uuid: string;
	message: string;
	to: string[];
	cc: string[];
	bcc: string[];
	attachments: number[];
	uploads: MediaUpload[];
}

function emails(check: InputChecker, field: string, value: unknown): string[] {
	return check.nameList(field, value).map((email) => check.email(field, email));
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<ReplyRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const extras = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const content = check.requiredText(
		'Content',
		this.getNodeParameter('content', itemIndex),
		'Enter the text of the reply.',
	);
	const request: ReplyRequest = {
		uuid: await conversationUuid.call(this, check, itemIndex),
		message: toMessageHtml(
			content,
			this.getNodeParameter('contentFormat', itemIndex, 'html') as ContentFormat,
		),
		to: emails(check, 'To', extras.to),
		cc: emails(check, 'CC', extras.cc),
		bcc: emails(check, 'BCC', extras.bcc),
		attachments: check.idList(
			'Attachment IDs',
			extras.attachmentIds,
			'Enter numeric IDs separated by commas, e.g. 12, 13.',
		),
		uploads: await binaryUploads.call(this, check, itemIndex, extras.binaryPropertyNames),
	};
	return { ...request, to: await recipients.call(this, check, itemIndex, request) };
}

/** Libredesk needs recipients only on email inboxes; a live chat reply goes to the chat. */
async function recipients(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	request: ReplyRequest,
): Promise<string[]> {
	if (request.to.length) return request.to;
	const conversation = await readConversation.call(this, request.uuid, itemIndex);
	if (conversation.inbox_channel !== 'email') return [];
	const contact = conversation.contact as IDataObject | null;
	if (!contact?.email) {
		throw check.fail(
			'To',
			'is empty and the conversation has no contact email',
			'Enter the recipients in Additional Fields → To.',
		);
	}
	return [String(contact.email)];
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: ReplyRequest,
): Promise<IDataObject> {
	const attachments = await attachmentIds.call(
		this,
		itemIndex,
		request.attachments,
		request.uploads,
	);
	return await postMessage.call(this, itemIndex, request.uuid, {
		message: request.message,
		private: false,
		to: request.to,
		cc: request.cc,
		bcc: request.bcc,
		attachments,
	});
}
