import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { EVENT_OPTIONS, wanted } from './events';
import type { DeliveryFilters } from './events';
import { createWebhook, deleteWebhook, webhookExists } from './registration';
import type { TriggerStaticData } from './registration';
import { isValidSignature } from './signature';

export class LibredeskTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Libredesk Trigger',
		name: 'libredeskTrigger',
		icon: { light: 'file:../Libredesk/libredesk.svg', dark: 'file:../Libredesk/libredesk.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when something happens in Libredesk, e.g. a new conversation or message',
		defaults: { name: 'Libredesk Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'libredeskApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description: 'The Libredesk events that start the workflow. The trigger registers a signed webhook for them in Libredesk (the API key needs webhooks:manage).',
				options: EVENT_OPTIONS,
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Only Incoming Messages',
						name: 'onlyIncoming',
						type: 'boolean',
						default: false,
						description: 'Whether message events start the workflow only for messages from customers',
					},
					{
						displayName: 'Skip Private Notes and Activity',
						name: 'skipPrivateAndActivity',
						type: 'boolean',
						default: false,
						description: 'Whether to ignore message events for private notes and activity entries (status changes, assignments) that Libredesk also reports as messages',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhookExists.call(this, this.getNodeParameter('events') as string[]);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createWebhook.call(this, this.getNodeParameter('events') as string[]);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhook.call(this);
			},
		},
	};

	/** Answers at once (Libredesk waits 3 seconds and never retries); forged deliveries get 401. */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const { webhookSecret } = this.getWorkflowStaticData('node') as TriggerStaticData;
		const rawBody = Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.from(JSON.stringify(request.body ?? {}));
		if (!isValidSignature(webhookSecret ?? '', rawBody, this.getHeaderData()['x-libredesk-signature'])) {
			this.getResponseObject().status(401).send('Invalid or missing X-Libredesk-Signature');
			return { noWebhookResponse: true };
		}
		let delivery: IDataObject;
		try {
			delivery = JSON.parse(rawBody.toString('utf8')) as IDataObject;
		} catch {
			this.getResponseObject().status(400).send('The body is not JSON');
			return { noWebhookResponse: true };
		}
		const event = String(delivery.event ?? '');
		const payload = (delivery.payload ?? {}) as IDataObject;
		const events = this.getNodeParameter('events', []) as string[];
		const filters = this.getNodeParameter('options', {}) as DeliveryFilters;
		if (!wanted(event, payload, events, filters)) return { webhookResponse: 'ignored' };
		return {
			workflowData: [this.helpers.returnJsonArray([{ event, timestamp: delivery.timestamp ?? null, payload }])],
		};
	}
}
