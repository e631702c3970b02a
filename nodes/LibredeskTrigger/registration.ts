/**
 * The trigger's webhook in Libredesk (`/api/v1/webhooks`, permission webhooks:manage): registered
 * on activation with a random secret kept in the workflow's static data, and kept under one ID for
 * as long as it can be, because automation rules' Trigger Webhook actions point at that ID. A
 * stale webhook (other URL, events or name, or switched off) is updated in place, never replaced.
 */
import { createHash, randomBytes } from 'crypto';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import {
	answerList,
	answerRecord,
	libredeskApiRequest,
	libredeskTarget,
	redact,
} from '../Libredesk/transport';
import type { LibredeskRequest } from '../Libredesk/transport';
import { AUTOMATION_EVENTS, subscribedEvents } from '../shared/events';

export interface TriggerStaticData extends IDataObject {
	webhookId?: number;
	webhookSecret?: string;
}

interface WebhookBody extends IDataObject {
	name: string;
	url: string;
	events: string[];
	secret: string;
	is_active: boolean;
}

/** Libredesk's limit on a webhook's name, in characters. */
const NAME_LIMIT = 255;

const HINTS = {
	403: "The API key's role lacks webhooks:manage, which the trigger needs to register itself in Libredesk. Use a key of an Admin, or give the role that permission.",
};

function staticData(context: IHookFunctions): TriggerStaticData {
	return context.getWorkflowStaticData('node') as TriggerStaticData;
}

type WebhookRequest = Omit<LibredeskRequest, 'permission' | 'hints'>;

/** Every webhook request: its errors repeat neither the credential nor a signing secret (the stored one or one sent). */
async function webhooksRequest(context: IHookFunctions, request: WebhookRequest): Promise<unknown> {
	const stored = staticData(context).webhookSecret;
	return await libredeskApiRequest.call(context, {
		...request,
		secrets: [...(request.secrets ?? []), ...(stored ? [stored] : [])],
		permission: 'webhooks:manage',
		hints: HINTS,
	});
}

/**
 * One webhook, or undefined when Libredesk has none under that ID. Anything but a record (say a
 * list or text from a proxy) is the node's "not a Libredesk answer" error naming the route.
 */
async function readWebhook(context: IHookFunctions, id: number): Promise<IDataObject | undefined> {
	const request: WebhookRequest = {
		method: 'GET',
		endpoint: `/webhooks/${id}`,
		allowNotFound: true,
	};
	const webhook = await webhooksRequest(context, request);
	return webhook === undefined ? undefined : answerRecord(context.getNode(), request, webhook);
}

type Mode = 'test' | 'production';

function activationMode(context: IHookFunctions): Mode {
	return context.getActivationMode() === 'manual' ? 'test' : 'production';
}

/**
 * What tells this trigger's webhook apart from every other one, test and production apart too:
 * Libredesk does not keep names unique, and long names are cut, so the key closes the name.
 */
function webhookKey(context: IHookFunctions, mode: Mode = activationMode(context)): string {
	const workflow = context.getWorkflow();
	const node = context.getNode();
	return createHash('sha256')
		.update(`${workflow.id ?? ''}\n${node.id ?? node.name}\n${mode}`)
		.digest('hex')
		.slice(0, 12);
}

function keySuffix(context: IHookFunctions, mode?: Mode): string {
	return ` [${webhookKey(context, mode)}]`;
}

/** `n8n: <workflow> / <node> [<key>]`, cut (by characters, as Libredesk counts) before the key. */
function webhookName(context: IHookFunctions): string {
	const test = activationMode(context) === 'test' ? ' (test)' : '';
	const suffix = keySuffix(context);
	const label = [
		...`n8n${test}: ${context.getWorkflow().name ?? 'workflow'} / ${context.getNode().name}`,
	];
	const room = NAME_LIMIT - [...suffix].length;
	return (label.length > room ? `${label.slice(0, room - 1).join('')}…` : label.join('')) + suffix;
}

/** This trigger's webhook in the current mode: its key closes the name, or it calls our URL (older versions named it otherwise). */
function isOurs(context: IHookFunctions, webhook: IDataObject): boolean {
	const name = typeof webhook.name === 'string' ? webhook.name : '';
	return (
		typeof webhook.id === 'number' &&
		(name.endsWith(keySuffix(context)) || webhook.url === context.getNodeWebhookUrl('default'))
	);
}

function wantedWebhook(
	context: IHookFunctions,
	selected: string[],
	secret: string,
	isActive = true,
): WebhookBody {
	return {
		name: webhookName(context),
		url: context.getNodeWebhookUrl('default') ?? '',
		events: subscribedEvents(selected),
		secret,
		is_active: isActive,
	};
}

function isUpToDate(webhook: IDataObject, wanted: WebhookBody): boolean {
	const events = Array.isArray(webhook.events) ? webhook.events : [];
	return (
		webhook.is_active === true &&
		webhook.url === wanted.url &&
		webhook.name === wanted.name &&
		events.length === wanted.events.length &&
		wanted.events.every((event) => events.includes(event))
	);
}

/**
 * Libredesk answers some validation errors with HTTP 200 and the error as data (no id). Its
 * message is the server's text: it passes the same redaction as any error, the webhook's signing
 * secret included (a proxy or server that echoes the request would repeat it).
 */
async function savedId(
	context: IHookFunctions,
	request: WebhookRequest,
	answer: unknown,
	action: 'create' | 'update',
	webhookSecret: string,
): Promise<number> {
	// Libredesk's own answer is an object (the webhook, or an error as data), or null.
	const saved = answer === null ? null : answerRecord(context.getNode(), request, answer);
	if (saved && typeof saved.id === 'number') return saved.id;
	const { secrets } = await libredeskTarget.call(context, undefined);
	const reason =
		typeof saved?.Message === 'string'
			? redact(saved.Message, [...secrets, webhookSecret]).slice(0, 1000)
			: 'no webhook ID in the answer';
	throw new NodeOperationError(
		context.getNode(),
		`Libredesk did not ${action} the webhook: ${reason}`,
		{
			description:
				'Check that n8n has a public webhook URL (WEBHOOK_URL) and that at least one event is selected.',
		},
	);
}

/** Sends the webhook (create or update); the secret in its body is kept out of every error. */
async function saveWebhook(
	context: IHookFunctions,
	id: number | undefined,
	body: WebhookBody,
): Promise<number> {
	const request: WebhookRequest = {
		method: id === undefined ? 'POST' : 'PUT',
		endpoint: id === undefined ? '/webhooks' : `/webhooks/${id}`,
		body,
		secrets: [body.secret],
	};
	const answer = await webhooksRequest(context, request);
	return await savedId(
		context,
		request,
		answer,
		id === undefined ? 'create' : 'update',
		body.secret,
	);
}

/** Whether this trigger's webhook is registered as it should be; a stale one is brought up to date in place. */
export async function webhookExists(this: IHookFunctions, selected: string[]): Promise<boolean> {
	const data = staticData(this);
	if (!data.webhookId || !data.webhookSecret) return false;
	const webhook = await readWebhook(this, data.webhookId);
	if (!webhook) {
		// Deleted in Libredesk meanwhile: register it again.
		delete data.webhookId;
		delete data.webhookSecret;
		return false;
	}
	// The ID may be the other mode's (test and production share static data): leave that one alone.
	if (!isOurs(this, webhook)) return false;
	const wanted = wantedWebhook(this, selected, data.webhookSecret);
	if (!isUpToDate(webhook, wanted)) await saveWebhook(this, data.webhookId, wanted);
	return true;
}

/**
 * Registers the webhook with a new secret. One of this trigger's that n8n lost track of (found by
 * the key in its name) is reused, so its ID, and the automation rules using it, stay valid.
 */
export async function createWebhook(this: IHookFunctions, selected: string[]): Promise<boolean> {
	const data = staticData(this);
	const list: WebhookRequest = { method: 'GET', endpoint: '/webhooks' };
	const listed = answerList(this.getNode(), list, await webhooksRequest(this, list));
	const ours = listed.filter((webhook) => isOurs(this, webhook));
	const kept = ours.find((webhook) => webhook.id === data.webhookId) ?? ours[0];
	const wanted = wantedWebhook(this, selected, randomBytes(32).toString('hex'));
	const id = await saveWebhook(this, kept ? (kept.id as number) : undefined, wanted);
	data.webhookId = id;
	data.webhookSecret = wanted.secret;
	// Copies of ours would deliver every event twice.
	for (const copy of ours.filter((webhook) => webhook !== kept)) {
		await webhooksRequest(this, { method: 'DELETE', endpoint: `/webhooks/${String(copy.id)}` });
	}
	return true;
}

/**
 * Deactivation. The production webhook of a trigger that takes automation rule events is only
 * switched off (its secret cleared), so the rules pointing at its ID work again after
 * re-activation; any other is deleted. n8n does not say here which mode is ending, the name does.
 */
export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const data = staticData(this);
	if (data.webhookId) {
		const endpoint = `/webhooks/${data.webhookId}`;
		const selected = this.getNodeParameter('events', []) as string[];
		const webhook = selected.includes(AUTOMATION_EVENTS)
			? await readWebhook(this, data.webhookId)
			: undefined;
		if (
			webhook &&
			typeof webhook.name === 'string' &&
			webhook.name.endsWith(keySuffix(this, 'production'))
		) {
			await saveWebhook(this, data.webhookId, {
				...wantedWebhook(this, selected, '', false),
				name: webhook.name,
				url: String(webhook.url),
			});
		} else {
			// Libredesk answers 200 for a webhook that is gone already.
			await webhooksRequest(this, { method: 'DELETE', endpoint, allowNotFound: true });
		}
	}
	delete data.webhookId;
	delete data.webhookSecret;
	return true;
}
