import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { getInboxes, getTeams } from '../Libredesk/methods/loadOptions';
import {
	AUTOMATION_EVENTS,
	AUTOMATION_OPTION,
	EVENT_OPTIONS,
	automationEventNames,
	eventsSubtitle,
	wanted,
} from './events';
import type { DeliveryFilters } from './events';
import { createWebhook, deleteWebhook, webhookExists } from './registration';
import type { TriggerStaticData } from './registration';
import { acceptOnce, deliveryTime, isFresh } from './replay';
import {
	INBOX_SCOPE_OPTION,
	TEAM_SCOPE_OPTION,
	deliveryScope,
	hasScopeFilters,
	inScope,
} from './scope';
import { verifiedSignature } from './signature';

interface TriggerOptions extends DeliveryFilters {
	maxAge?: number;
}

const DEFAULT_MAX_AGE = 300;

function refuse(context: IWebhookFunctions, status: number, text: string): IWebhookResponseData {
	context.getResponseObject().status(status).send(text);
	return { noWebhookResponse: true };
}

function asObject(value: unknown): IDataObject | undefined {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: undefined;
}

/** The body as Libredesk sends it, `{event, timestamp, payload}`, or why it is not one. */
function parseDelivery(rawBody: Buffer): IDataObject | string {
	let parsed: unknown;
	try {
		parsed = JSON.parse(rawBody.toString('utf8'));
	} catch {
		return 'The body is not JSON';
	}
	const delivery = asObject(parsed);
	if (!delivery) return 'The body is not a JSON object';
	if (typeof delivery.event !== 'string' || !delivery.event) return 'The body has no event name';
	if (!asObject(delivery.payload)) return 'The body has no payload object';
	return delivery;
}

export class LibredeskTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Libredesk Trigger',
		name: 'libredeskTrigger',
		icon: {
			light: 'file:../Libredesk/libredesk.svg',
			dark: 'file:../Libredesk/libredesk.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: eventsSubtitle(),
		description:
			'Starts the workflow when something happens in Libredesk, e.g. a new conversation or message',
		defaults: { name: 'Libredesk Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'libredeskApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description:
					'The Libredesk events that start the workflow. The trigger registers a signed webhook for them in Libredesk (the API key needs webhooks:manage).',
				options: [AUTOMATION_OPTION, ...EVENT_OPTIONS],
			},
			{
				displayName: 'Automation Event Names',
				name: 'automationEvents',
				type: 'string',
				default: '',
				placeholder: 'e.g. vip_waiting, priority_escalated',
				description:
					'The event names your automation rules send with Trigger Webhook (in the rule, pick the webhook named "n8n: " + this workflow and node), separated by commas. Leave empty to accept any name.',
				displayOptions: { show: { events: [AUTOMATION_EVENTS] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						...INBOX_SCOPE_OPTION,
						description:
							'Only events of conversations in these inboxes (for message events the trigger asks Libredesk which inbox). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Max Delivery Age (Seconds)',
						name: 'maxAge',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: DEFAULT_MAX_AGE,
						description:
							"Refuse a delivery whose signed timestamp is further than this from n8n's clock, so a captured delivery cannot be replayed later. Libredesk stamps each delivery as it sends it. 0 turns the check off.",
					},
					{
						displayName: 'Only Incoming Messages',
						name: 'onlyIncoming',
						type: 'boolean',
						default: false,
						description:
							'Whether message events start the workflow only for messages from customers',
					},
					{
						displayName: 'Skip Private Notes and Activity',
						name: 'skipPrivateAndActivity',
						type: 'boolean',
						default: false,
						description:
							'Whether to ignore message events for private notes and activity entries (status changes, assignments) that Libredesk also reports as messages',
					},
					TEAM_SCOPE_OPTION,
				],
			},
		],
	};

	methods = { loadOptions: { getInboxes, getTeams } };

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

	/**
	 * Answers at once (Libredesk waits 3 seconds and never retries). Forged deliveries get 401,
	 * bodies that are not Libredesk deliveries 400, stale ones 403; a copy of one already accepted
	 * is answered 200 and starts nothing.
	 */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const { webhookSecret } = this.getWorkflowStaticData('node') as TriggerStaticData;
		const rawBody = Buffer.isBuffer(request.rawBody)
			? request.rawBody
			: Buffer.from(JSON.stringify(request.body ?? {}));
		const signature = verifiedSignature(
			webhookSecret ?? '',
			rawBody,
			this.getHeaderData()['x-libredesk-signature'],
		);
		if (!signature) return refuse(this, 401, 'Invalid or missing X-Libredesk-Signature');

		const delivery = parseDelivery(rawBody);
		if (typeof delivery === 'string') return refuse(this, 400, delivery);
		const options = this.getNodeParameter('options', {}) as TriggerOptions;
		const maxAge = options.maxAge ?? DEFAULT_MAX_AGE;
		const now = Date.now();
		const time = deliveryTime(delivery.timestamp);
		if (time === undefined) return refuse(this, 400, 'The body has no RFC 3339 timestamp');
		if (!isFresh(time, now, maxAge))
			return refuse(
				this,
				403,
				`The delivery's timestamp is more than ${maxAge} seconds from now (Max Delivery Age)`,
			);

		const event = delivery.event as string;
		const payload = delivery.payload as IDataObject;
		const selection = {
			events: this.getNodeParameter('events', []) as string[],
			automationNames: automationEventNames(
				this.getNodeParameter('automationEvents', '') as string,
			),
		};
		if (!wanted(event, payload, selection, options)) return { webhookResponse: 'ignored' };
		if (
			event !== 'webhook.test' &&
			hasScopeFilters(options) &&
			!inScope(await deliveryScope.call(this, event, payload), options)
		) {
			return { webhookResponse: 'ignored' };
		}
		const trigger = `${this.getWorkflow().id ?? ''}/${this.getNode().id ?? this.getNode().name}`;
		if (!acceptOnce(trigger, signature, now, maxAge))
			return { webhookResponse: 'duplicate ignored' };
		return {
			workflowData: [
				this.helpers.returnJsonArray([{ event, timestamp: delivery.timestamp as string, payload }]),
			],
		};
	}
}
