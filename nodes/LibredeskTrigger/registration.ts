/**
 * The trigger's webhook in Libredesk (`/api/v1/webhooks`, permission webhooks:manage): created on
 * activation with a random secret kept in the workflow's static data, found again by its ID,
 * deleted on deactivation.
 */
import { randomBytes } from 'crypto';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { libredeskApiRequest } from '../Libredesk/transport';

export interface TriggerStaticData extends IDataObject {
	webhookId?: number;
	webhookSecret?: string;
}

const HINTS = {
	403: "The API key's role lacks webhooks:manage, which the trigger needs to register itself in Libredesk. Use a key of an Admin, or give the role that permission.",
};

function staticData(context: IHookFunctions): TriggerStaticData {
	return context.getWorkflowStaticData('node') as TriggerStaticData;
}

function webhookName(context: IHookFunctions): string {
	const workflow = context.getWorkflow();
	const test = context.getActivationMode() === 'manual' ? ' (test)' : '';
	return `n8n${test}: ${workflow.name ?? 'workflow'} / ${context.getNode().name} [${workflow.id ?? ''}]`.slice(0, 255);
}

function sameEvents(a: unknown, b: string[]): boolean {
	return Array.isArray(a) && a.length === b.length && b.every((event) => a.includes(event));
}

export async function webhookExists(this: IHookFunctions, events: string[]): Promise<boolean> {
	const data = staticData(this);
	if (!data.webhookId || !data.webhookSecret) return false;
	const webhook = (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: `/webhooks/${data.webhookId}`,
		permission: 'webhooks:manage',
		hints: HINTS,
		allowNotFound: true,
	})) as IDataObject | undefined;
	if (!webhook) {
		// Deleted in Libredesk meanwhile: register a new one.
		delete data.webhookId;
		delete data.webhookSecret;
		return false;
	}
	if (webhook.url === this.getNodeWebhookUrl('default') && sameEvents(webhook.events, events) && webhook.is_active === true) return true;
	// Ours, but stale (URL, events or switched off): replace it rather than leave it behind.
	await deleteWebhook.call(this);
	return false;
}

export async function createWebhook(this: IHookFunctions, events: string[]): Promise<boolean> {
	const name = webhookName(this);
	// A webhook of this same trigger whose ID n8n lost (the name holds the workflow ID) would block
	// the new one with a 409 and receive nothing: remove it first.
	const existing = ((await libredeskApiRequest.call(this, { method: 'GET', endpoint: '/webhooks', permission: 'webhooks:manage', hints: HINTS })) ?? []) as IDataObject[];
	for (const stale of existing.filter((webhook) => webhook.name === name)) {
		await libredeskApiRequest.call(this, { method: 'DELETE', endpoint: `/webhooks/${String(stale.id)}`, permission: 'webhooks:manage', hints: HINTS, allowNotFound: true });
	}
	const secret = randomBytes(32).toString('hex');
	const created = (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: '/webhooks',
		body: { name, url: this.getNodeWebhookUrl('default'), events, secret, is_active: true },
		permission: 'webhooks:manage',
		hints: { ...HINTS, 409: 'Libredesk already has a webhook with this name. Delete the old one under Admin → Integrations → Webhooks and activate again.' },
	})) as IDataObject | null;
	// Libredesk answers some validation errors with HTTP 200 and the error as data (no id).
	if (!created || typeof created.id !== 'number') {
		const reason = typeof created?.Message === 'string' ? created.Message : 'no webhook ID in the answer';
		throw new NodeOperationError(this.getNode(), `Libredesk did not create the webhook: ${reason}`, {
			description: 'Check that n8n has a public webhook URL (WEBHOOK_URL) and that at least one event is selected.',
		});
	}
	const data = staticData(this);
	data.webhookId = created.id;
	data.webhookSecret = secret;
	return true;
}

export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const data = staticData(this);
	if (data.webhookId) {
		// A 404 means it is gone in Libredesk already: nothing left to clean up.
		await libredeskApiRequest.call(this, {
			method: 'DELETE',
			endpoint: `/webhooks/${data.webhookId}`,
			permission: 'webhooks:manage',
			hints: HINTS,
			allowNotFound: true,
		});
	}
	delete data.webhookId;
	delete data.webhookSecret;
	return true;
}
