/**
 * Records a customer message that arrived elsewhere (a form, a chat tool, SMS) in an existing
 * conversation, as if the contact had sent it: Libredesk's `sender_type: "contact"`, which needs
 * the permission messages:write_as_contact (no default role has it). No email is sent.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { postMessage } from '../../transport';
import { attachmentIds, binaryUploads } from '../../helpers/attachments';
import { toMessageHtml } from '../../helpers/content';
import type { ContentFormat } from '../../helpers/content';
import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import type { MediaUpload } from '../../transport';
import { contentFields, conversationLocator, fieldCollection } from '../shared/descriptions';
import { ATTACHMENT_FIELDS } from './shared';

export const description: INodeProperties[] = [
	conversationLocator('The conversation the customer wrote in'),
	...contentFields("The customer's message, recorded as sent by the conversation's contact"),
	fieldCollection('additionalFields', 'Additional Fields', 'Add Field', ATTACHMENT_FIELDS),
];

interface IncomingRequest {
	uuid: string;
	message: string;
	attachments: number[];
	uploads: MediaUpload[];
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IncomingRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const extras = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const content = check.requiredText(
		'Content',
		this.getNodeParameter('content', itemIndex),
		"Enter the customer's message.",
	);
	const attachments = check.idList(
		'Attachment IDs',
		extras.attachmentIds,
		'Enter numeric IDs separated by commas, e.g. 12, 13.',
	);
	const uploads = await binaryUploads.call(this, check, itemIndex, extras.binaryPropertyNames);
	return {
		uuid: await conversationUuid.call(this, check, itemIndex),
		message: toMessageHtml(
			content,
			this.getNodeParameter('contentFormat', itemIndex, 'html') as ContentFormat,
		),
		attachments,
		uploads,
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: IncomingRequest,
): Promise<IDataObject> {
	const attachments = await attachmentIds.call(
		this,
		itemIndex,
		request.attachments,
		request.uploads,
	);
	return await postMessage.call(
		this,
		itemIndex,
		request.uuid,
		{ sender_type: 'contact', message: request.message, private: false, attachments },
		'messages:write_as_contact',
		{
			403: "Recording a customer's message needs the permission messages:write_as_contact, which no default Libredesk role has. In Libredesk, create a role with it (Admin → Roles) and add it to the API key's agent. Without it, the conversation may also be hidden from the agent.",
		},
	);
}
