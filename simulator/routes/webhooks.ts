/**
 * `/api/v1/webhooks` (cmd/webhooks.go), with its bug: create and update validation errors come
 * back as HTTP 200 "success" whose data is the error (r.SendEnvelope(err)).
 */
import { errors, fail, ok } from '../http';
import { decodeJsonBody } from '../route';
import type { Route, RouteContext } from '../route';
import { WEBHOOK_EVENTS } from '../state';
import type { JsonObject, Webhook } from '../state';

const MASK = '••••••••••';

function webhookJson(webhook: Webhook): JsonObject {
	return { ...webhook, events: [...webhook.events], secret: webhook.secret ? MASK : '' };
}

function quirk(message: string) {
	return ok({ Code: 400, ErrorType: 'InputException', Message: message, Data: null });
}

function readBody(ctx: RouteContext) {
	const decoded = decodeJsonBody(ctx.req, ctx.body, { name: 'string', url: 'string', events: 'stringArray', secret: 'string', is_active: 'bool' });
	if (!decoded.ok) return { response: errors.input('Error parsing request') };
	const value = decoded.value as { name?: string; url?: string; events?: string[]; secret?: string; is_active?: boolean };
	if (!value.name) return { response: quirk('`name` empty') };
	if (!value.url) return { response: quirk('`url` empty') };
	if (!value.events?.length) return { response: quirk('`events` empty') };
	// An unknown event fails the enum cast in Postgres: 500.
	if (value.events.some((event) => !WEBHOOK_EVENTS.includes(event))) return { response: errors.general() };
	if (value.name.length > 255 || value.url.length > 2048 || (value.secret ?? '').length > 255) return { response: errors.general() };
	return { value: { ...value, name: value.name, url: value.url, events: value.events } };
}

function withWebhook(handler: (ctx: RouteContext, webhook: Webhook) => ReturnType<Route['handle']>) {
	return (ctx: RouteContext) => {
		const webhook = ctx.state.webhooks.find((candidate) => String(candidate.id) === ctx.params.id);
		if (!webhook) return errors.notFound('Webhook not found');
		return handler(ctx, webhook);
	};
}

export const webhookRoutes: Route[] = [
	{ method: 'GET', path: '/api/v1/webhooks', guard: 'webhooks:manage', handle: ({ state }) => ok(state.webhooks.map(webhookJson)) },
	{ method: 'GET', path: '/api/v1/webhooks/compact', guard: 'auth', handle: ({ state }) => ok(state.webhooks.map(({ id, name }) => ({ id, name }))) },
	{ method: 'GET', path: '/api/v1/webhooks/:id', guard: 'webhooks:manage', handle: withWebhook((_ctx, webhook) => ok(webhookJson(webhook))) },
	{
		method: 'POST',
		path: '/api/v1/webhooks',
		guard: 'webhooks:manage',
		handle: (ctx) => {
			const read = readBody(ctx);
			if (!read.value) return read.response;
			if (ctx.state.webhooks.some((webhook) => webhook.name === read.value.name)) return fail(409, 'Webhook already exists', 'ConflictException');
			const at = ctx.state.now();
			const webhook: Webhook = {
				id: ctx.state.nextId('webhooks'),
				created_at: at,
				updated_at: at,
				name: read.value.name,
				url: read.value.url,
				events: read.value.events,
				secret: read.value.secret ?? '',
				is_active: read.value.is_active ?? true,
			};
			ctx.state.webhooks.push(webhook);
			return ok(webhookJson(webhook));
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/webhooks/:id',
		guard: 'webhooks:manage',
		handle: withWebhook((ctx, webhook) => {
			const read = readBody(ctx);
			if (!read.value) return read.response;
			// A secret made only of "•" keeps the old one.
			const secret = read.value.secret && !/^•+$/.test(read.value.secret) ? read.value.secret : webhook.secret;
			Object.assign(webhook, { name: read.value.name, url: read.value.url, events: read.value.events, secret, is_active: read.value.is_active ?? webhook.is_active, updated_at: ctx.state.now() });
			return ok(webhookJson(webhook));
		}),
	},
	{
		method: 'DELETE',
		path: '/api/v1/webhooks/:id',
		guard: 'webhooks:manage',
		handle: withWebhook((ctx, webhook) => {
			ctx.state.webhooks.splice(ctx.state.webhooks.indexOf(webhook), 1);
			return ok(true);
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/webhooks/:id/toggle',
		guard: 'webhooks:manage',
		handle: withWebhook((_ctx, webhook) => {
			webhook.is_active = !webhook.is_active;
			return ok(webhookJson(webhook));
		}),
	},
	{
		method: 'POST',
		path: '/api/v1/webhooks/:id/test',
		guard: 'webhooks:manage',
		// True whether or not the delivery succeeded.
		handle: withWebhook((ctx, webhook) => {
			ctx.webhooks.fire('webhook.test', { id: webhook.id, name: webhook.name }, webhook.id);
			return ok(true);
		}),
	},
];
