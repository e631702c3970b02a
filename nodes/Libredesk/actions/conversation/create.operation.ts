import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { attachmentIds, binaryUploads } from '../../helpers/attachments';
import { toMessageHtml } from '../../helpers/content';
import type { ContentFormat } from '../../helpers/content';
import { InputChecker } from '../../helpers/validation';
import { requireId } from '../../helpers/knownNames';
import { libredeskApiRequest } from '../../transport';
import type { MediaUpload } from '../../transport';
import { contentFields, fieldCollection } from '../shared/descriptions';
import {
	TYPED_ATTRIBUTES_SINCE_VERSION,
	readTypedAttributes,
	typedAttributesFields,
	typedVersions,
	untypedVersions,
} from '../shared/typedAttributesFields';

const FIX_EXAMPLE = '{"order_id": "1042"}';

/** Node versions 1 and 1.1: custom attributes as a JSON field among the additional fields. */
const CUSTOM_ATTRIBUTES_JSON: INodeProperties = {
	displayName: 'Custom Attributes',
	name: 'customAttributes',
	type: 'json',
	default: '{}',
	description:
		'Conversation custom attributes as a JSON object of key → value, e.g. {"order_id": "1042"}. Libredesk keeps only keys an admin defined under Admin → Custom Attributes.',
};

/** The additional fields of every version, in the order n8n shows them (by name). */
const ADDITIONAL_FIELDS: INodeProperties[] = [
	{
		displayName: 'Agent Name or ID',
		name: 'agentId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAgents' },
		default: '',
		description:
			'Agent to assign the conversation to. Libredesk ignores an ID that does not exist. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Attachment IDs',
		name: 'attachmentIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12, 13',
		description:
			'IDs of files already uploaded to Libredesk (media IDs), separated by commas, or a list from an expression. An ID that does not exist makes Libredesk fail after it has created the conversation.',
	},
	{
		displayName: 'Binary Properties',
		name: 'binaryPropertyNames',
		type: 'string',
		default: '',
		placeholder: 'e.g. data, invoice',
		description:
			'Names of binary properties of the input item to upload and attach, separated by commas. Each file is uploaded to Libredesk first (20 MB each by default).',
	},
	{
		displayName: 'External User ID',
		name: 'externalUserId',
		type: 'string',
		default: '',
		description:
			"The contact's ID in your own system. Used only when the contact is new; careful: if another contact already has this ID, Libredesk moves that contact to this email and name.",
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
		description: "The contact's last name, used only when Libredesk creates a new contact",
	},
	{
		displayName: 'Team Name or ID',
		name: 'teamId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTeams' },
		default: '',
		description:
			'Team to assign the conversation to. Libredesk ignores an ID that does not exist. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

export const description: INodeProperties[] = [
	{
		displayName: 'Inbox',
		name: 'inboxId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			'The email inbox the conversation belongs to. Its email address is the one the contact sees replies from. Only enabled email inboxes can take new conversations.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchInboxes', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 1',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[1-9][0-9]*\\s*$',
							errorMessage: 'The inbox ID is a positive whole number',
						},
					},
				],
			},
		],
	},
	{
		displayName: 'Contact Email',
		name: 'contactEmail',
		type: 'string',
		placeholder: 'e.g. jane@example.com',
		default: '',
		required: true,
		description:
			'Email address of the customer. If no contact has it yet, Libredesk creates one; an existing contact is reused unchanged (its name is not updated).',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		required: true,
		description:
			"The contact's first name. Libredesk requires it but uses it only when it creates a new contact (at most 140 characters).",
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		placeholder: 'e.g. Refund for order 1042',
		description:
			'Subject of the conversation. Libredesk appends " - #" and the reference number, so "Refund" becomes "Refund - #123".',
	},
	...contentFields('The first message of the conversation'),
	{
		displayName: 'Initiator',
		name: 'initiator',
		type: 'options',
		default: 'agent',
		description: 'Who writes the first message',
		options: [
			{
				name: 'Agent',
				value: 'agent',
				description:
					"An agent writes to the customer: Libredesk emails the content from the inbox's address",
			},
			{
				name: 'Contact',
				value: 'contact',
				description:
					'The customer wrote in: recorded as an incoming message, no email is sent, new-conversation automation rules run',
			},
		],
	},
	{
		...fieldCollection(
			'additionalFields',
			'Additional Fields',
			'Add Field',
			[...ADDITIONAL_FIELDS, CUSTOM_ATTRIBUTES_JSON].sort((a, b) =>
				a.displayName.localeCompare(b.displayName),
			),
		),
		displayOptions: { show: untypedVersions },
	},
	...typedAttributesFields('conversation', { optional: true, jsonExample: FIX_EXAMPLE }),
	{
		...fieldCollection('additionalFields', 'Additional Fields', 'Add Field', ADDITIONAL_FIELDS),
		displayOptions: { show: typedVersions },
	},
];

export interface CreateConversationRequest {
	body: IDataObject;
	uploads: MediaUpload[];
}

const FIX = {
	inbox:
		'Pick an inbox from the list, or enter its numeric ID (Admin → Inboxes shows it in the address bar).',
	ids: 'Enter numeric IDs separated by commas, e.g. 12, 13, or map a list of numbers.',
	json: 'Enter a JSON object such as {"order_id": "1042"}, or map an object from an earlier node.',
};

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateConversationRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const extras = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const initiator = this.getNodeParameter('initiator', itemIndex) as string;
	if (initiator !== 'agent' && initiator !== 'contact') {
		throw check.fail(
			'Initiator',
			`is ${JSON.stringify(initiator) ?? 'empty'}`,
			'Choose Agent or Contact.',
		);
	}
	const format = this.getNodeParameter('contentFormat', itemIndex, 'html') as ContentFormat;
	const content = check.requiredText(
		'Content',
		this.getNodeParameter('content', itemIndex),
		'Enter the text of the first message, or map it from an earlier node.',
	);

	const body: IDataObject = {
		inbox_id: check.positiveInteger(
			'Inbox',
			this.getNodeParameter('inboxId', itemIndex, '', { extractValue: true }),
			FIX.inbox,
		),
		contact_email: check.email('Contact Email', this.getNodeParameter('contactEmail', itemIndex)),
		first_name: check.requiredText(
			'First Name',
			this.getNodeParameter('firstName', itemIndex),
			"Enter the contact's first name; Libredesk requires it even for existing contacts.",
			140,
		),
		subject: check.optionalText('Subject', this.getNodeParameter('subject', itemIndex, '')),
		content: toMessageHtml(content, format),
		initiator,
	};

	const lastName = check.optionalText('Last Name', extras.lastName, 140);
	if (lastName) body.last_name = lastName;
	const externalUserId = check.optionalText('External User ID', extras.externalUserId);
	if (externalUserId) body.external_user_id = externalUserId;
	if (extras.teamId !== undefined && extras.teamId !== '') {
		body.team_id = check.positiveInteger(
			'Team Name or ID',
			extras.teamId,
			'Pick a team from the list, or enter its numeric ID.',
		);
		await requireId.call(
			this,
			check,
			'Team Name or ID',
			'/teams/compact',
			body.team_id as number,
			itemIndex,
		);
	}
	if (extras.agentId !== undefined && extras.agentId !== '') {
		body.agent_id = check.positiveInteger(
			'Agent Name or ID',
			extras.agentId,
			'Pick an agent from the list, or enter its numeric ID.',
		);
		await requireId.call(
			this,
			check,
			'Agent Name or ID',
			'/agents/compact',
			body.agent_id as number,
			itemIndex,
		);
	}
	const attachments = check.idList('Attachment IDs', extras.attachmentIds, FIX.ids);
	if (attachments.length) body.attachments = attachments;
	const customAttributes =
		this.getNode().typeVersion < TYPED_ATTRIBUTES_SINCE_VERSION
			? check.jsonObject('Custom Attributes', extras.customAttributes, FIX.json)
			: withoutNulls(
					await readTypedAttributes.call(this, check, itemIndex, 'conversation', FIX_EXAMPLE),
				);
	if (Object.keys(customAttributes).length) body.custom_attributes = customAttributes;

	const uploads = await binaryUploads.call(this, check, itemIndex, extras.binaryPropertyNames);
	return { body, uploads };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: CreateConversationRequest,
): Promise<IDataObject> {
	const body = { ...request.body };
	if (request.uploads.length) {
		body.attachments = await attachmentIds.call(
			this,
			itemIndex,
			(body.attachments as number[] | undefined) ?? [],
			request.uploads,
		);
	}
	const sentAttachments = Array.isArray(body.attachments) && body.attachments.length > 0;
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: '/conversations',
		body,
		itemIndex,
		permission: 'conversations:write',
		creates: `The conversation may have been created: look for the newest conversation of ${String(body.contact_email)} in Libredesk`,
		hints: {
			400: 'Libredesk refused a value of this item. Most often the inbox: it must exist, be enabled and be an email inbox (livechat inboxes cannot take new conversations). Otherwise check the email address, first name and content.',
			...(sentAttachments
				? {
						500: 'One of the attachment IDs does not exist in Libredesk (or a value was out of range). Libredesk may already have created the conversation without its message: look for it by the contact email and delete it before running the item again. Retry On Fail would send it again, so keep it off for this node.',
					}
				: {}),
		},
	})) as IDataObject;
}

/** A new conversation has no attribute to remove: null means "no value" and is left out. */
function withoutNulls(attributes: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== null));
}
