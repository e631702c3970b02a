import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { credentialTest } from '../Libredesk/methods';
import { getInboxes, getTeams } from '../Libredesk/methods/loadOptions';
import {
	AUTOMATION_EVENTS,
	AUTOMATION_OPTION,
	EVENT_OPTIONS,
	automationEventNames,
	eventsSubtitle,
	wanted,
} from '../shared/events';
import type { DeliveryFilters } from '../shared/events';
import { deliveryEventId } from './deliveryEventId';
import { createWebhook, deleteWebhook, webhookExists } from './registration';
import type { TriggerStaticData } from './registration';
import { REMEMBERED_PER_TRIGGER, acceptOnce, deliveryTime, isFresh, maxAgeSeconds } from './replay';
import {
	INBOX_SCOPE_OPTION,
	TEAM_SCOPE_OPTION,
	deliveryScope,
	hasScopeFilters,
	inScope,
} from '../shared/scope';
import { verifiedSignature } from './signature';

interface TriggerOptions extends DeliveryFilters {
	maxAge?: unknown;
	withPollingTrigger?: boolean;
}

const DEFAULT_MAX_AGE = 300;

function refuse(context: IWebhookFunctions, status: number, text: string): IWebhookResponseData {
	context.getResponseObject().status(status).send(text);
	return { noWebhookResponse: true };
}

/**
 * Max Delivery Age as set; a value that is not a number (say an expression giving text) would
 * otherwise turn the age and replay checks off without a word, so activation refuses it.
 */
function checkedMaxAge(context: IHookFunctions): number {
	const options = context.getNodeParameter('options', {}) as TriggerOptions;
	const seconds = maxAgeSeconds(options.maxAge ?? DEFAULT_MAX_AGE);
	if (seconds === undefined)
		throw new NodeOperationError(
			context.getNode(),
			`"Max Delivery Age (Seconds)" is ${JSON.stringify(options.maxAge)}, not a number of seconds`,
			{
				description: `Enter a number of seconds, e.g. ${DEFAULT_MAX_AGE}; 0 turns the age check off.`,
			},
		);
	return seconds;
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
		credentials: [{ name: 'libredeskApi', required: true, testedBy: 'libredeskApiTest' }],
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
							"Refuse a delivery whose signed timestamp is further than this from n8n's clock, so a captured delivery cannot be replayed later; a copy of an accepted delivery is ignored for as long as it would pass this check. Libredesk stamps each delivery as it sends it. 0 turns the check off.",
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
						displayName: 'Polling Trigger in This Workflow',
						name: 'withPollingTrigger',
						type: 'boolean',
						default: false,
						description:
							"Whether a Libredesk Polling Trigger in this workflow fires the same events (the no-loss set-up in docs/trigger.md): a status or assignee change whose activity entry Libredesk has not recorded within 2 seconds is then left to it, so that the event keeps one event_id, instead of firing with the conversation's state as its key",
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

	methods = { loadOptions: { getInboxes, getTeams }, credentialTest };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				checkedMaxAge(this);
				return await webhookExists.call(this, this.getNodeParameter('events') as string[]);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				checkedMaxAge(this);
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
		const maxAge = maxAgeSeconds(options.maxAge ?? DEFAULT_MAX_AGE);
		// Activation refuses such a value; one changed since (an expression) is not guessed at.
		if (maxAge === undefined)
			return refuse(this, 500, 'Max Delivery Age of the Libredesk Trigger is not a number');
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
		const acceptance = acceptOnce(trigger, signature, now, maxAge);
		if (acceptance === 'duplicate') return { webhookResponse: 'duplicate ignored' };
		if (acceptance === 'full') {
			// Forgetting an earlier delivery would let its replay start a second run: refuse instead.
			this.logger.warn(
				`Libredesk Trigger "${this.getNode().name}" refused a delivery: more than ${REMEMBERED_PER_TRIGGER} deliveries inside Max Delivery Age (${maxAge} s) to remember. Lower Max Delivery Age.`,
			);
			return refuse(
				this,
				503,
				'Too many deliveries inside Max Delivery Age to guard against replays; lower Max Delivery Age',
			);
		}
		const timestamp = delivery.timestamp as string;
		// The same key as the Polling Trigger gives this event (docs/trigger.md, "Event keys").
		const eventId = await deliveryEventId.call(this, event, payload, timestamp, {
			leaveUnmatched: options.withPollingTrigger === true,
		});
		// The Polling Trigger fires it under its activity entry's key a minute later.
		if (eventId === undefined) return { webhookResponse: 'left to the Polling Trigger' };
		return {
			workflowData: [
				this.helpers.returnJsonArray([{ event, event_id: eventId, timestamp, payload }]),
			],
		};
	}
}
