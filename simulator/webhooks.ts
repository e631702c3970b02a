/**
 * Outgoing webhooks as internal/webhook/webhook.go sends them: POST `{event, timestamp, payload}`
 * (timestamp: RFC3339 UTC, whole seconds, taken when sending), `X-Libredesk-Signature:
 * sha256=<hex HMAC-SHA256(secret, raw body)>` when a secret is set, no retries, and the receiver
 * must answer within 3 seconds.
 */
import { createHmac } from 'crypto';

import type { Json, SimState } from './state';

export interface Delivery {
	webhookId: number;
	url: string;
	event: string;
	body: string;
	signature?: string;
	/** HTTP status of the receiver's answer, or the network error. */
	status?: number;
	error?: string;
}

export function sign(secret: string, body: string): string {
	return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export class WebhookDispatcher {
	readonly deliveries: Delivery[] = [];
	private pending = new Set<Promise<void>>();

	constructor(private readonly state: SimState) {}

	/**
	 * Sends `event` to every active webhook subscribed to it (or only to webhook `onlyId`, as the
	 * test endpoint does whatever the subscriptions); resolves when all have answered.
	 */
	async emit(event: string, payload: Json, onlyId?: number): Promise<Delivery[]> {
		const targets = this.state.webhooks.filter((webhook) =>
			onlyId === undefined
				? webhook.is_active && webhook.events.includes(event)
				: webhook.id === onlyId,
		);
		return await Promise.all(
			targets.map(
				async (webhook) => await this.send(webhook.id, webhook.url, webhook.secret, event, payload),
			),
		);
	}

	/** Fire-and-forget, as Libredesk's queue does; tests await `settled()`. */
	fire(event: string, payload: Json, onlyId?: number): void {
		const promise = this.emit(event, payload, onlyId).then(() => undefined);
		this.pending.add(promise);
		void promise.finally(() => this.pending.delete(promise));
	}

	/**
	 * An automation rule's `trigger_webhook` action (TriggerWebhook): a free-text event name sent to
	 * one webhook ID whatever its subscriptions, only while it is active; an unknown ID is dropped.
	 */
	triggerWebhook(webhookId: number, event: string, conversation: Json, actorId: number): void {
		const webhook = this.state.webhooks.find((candidate) => candidate.id === webhookId);
		if (webhookId <= 0 || !webhook?.is_active || !event.trim()) return;
		this.fire(event.trim(), { conversation, actor_id: actorId }, webhookId);
	}

	async settled(): Promise<void> {
		while (this.pending.size) await Promise.all([...this.pending]);
	}

	private async send(
		webhookId: number,
		url: string,
		secret: string,
		event: string,
		payload: Json,
	): Promise<Delivery> {
		const body = JSON.stringify({
			event,
			timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
			payload,
		});
		const delivery: Delivery = {
			webhookId,
			url,
			event,
			body,
			signature: secret ? sign(secret, body) : undefined,
		};
		this.deliveries.push(delivery);
		try {
			const response = await fetch(url, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					'User-Agent': 'Libredesk-Webhook/v2.7.0',
					...(delivery.signature ? { 'X-Libredesk-Signature': delivery.signature } : {}),
				},
				body,
				signal: AbortSignal.timeout(3000),
			});
			delivery.status = response.status;
			await response.arrayBuffer();
		} catch (error) {
			// No retries: a failed delivery is logged and dropped.
			delivery.error = (error as Error).message;
		}
		return delivery;
	}
}
