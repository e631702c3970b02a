/**
 * `/api/v1/webhooks` (cmd/webhooks.go, internal/webhook), with its quirks: create and update
 * validation errors come back as HTTP 200 "success" whose data is the error (r.SendEnvelope(err));
 * names are not unique; a boolean left out is false; an unknown ID is 404 for GET and test, 200 for
 * DELETE (a DELETE of no rows) and 500 for PUT and toggle (an UPDATE … RETURNING of no rows).
 */
import { errors, ok } from '../http';
import { decodeJsonBody } from '../route';
import type { Route, RouteContext } from '../route';
import { WEBHOOK_EVENTS } from '../state';
import type { JsonObject, Webhook } from '../state';

const MASK = '••••••••••';

/** The secret column holds `enc:` + base64(nonce ‖ AES-GCM ciphertext ‖ tag) and is capped at 255. */
function encryptedLength(secret: string): number {
	const bytes = Buffer.byteLength(secret, 'utf8');
	return bytes === 0 ? 0 : 'enc:'.length + 4 * Math.ceil((12 + bytes + 16) / 3);
}

/** GET and list mask a secret that is set; create, update and toggle answers always show the mask. */
function webhookJson(webhook: Webhook, alwaysMask = false): JsonObject {
	return {
		...webhook,
		events: [...webhook.events],
		secret: webhook.secret || alwaysMask ? MASK : '',
	};
}

function quirk(message: string) {
	return ok({ Code: 400, ErrorType: 'InputException', Message: message, Data: null });
}

function readBody(ctx: RouteContext) {
	const decoded = decodeJsonBody(ctx.req, ctx.body, {
		name: 'string',
		url: 'string',
		events: 'stringArray',
		secret: 'string',
		is_active: 'bool',
	});
	if (!decoded.ok) return { response: errors.input('Error parsing request') };
	const value = decoded.value as {
		name?: string;
		url?: string;
		events?: string[];
		secret?: string;
		is_active?: boolean;
	};
	if (!value.name) return { response: quirk('`name` empty') };
	if (!value.url) return { response: quirk('`url` empty') };
	if (!value.events?.length) return { response: quirk('`events` empty') };
	// An unknown event fails the enum cast in Postgres: 500.
	if (value.events.some((event) => !WEBHOOK_EVENTS.includes(event)))
		return { response: errors.general() };
	if ([...value.name].length > 255 || [...value.url].length > 2048)
		return { response: errors.general() };
	return {
		value: {
			name: value.name,
			url: value.url,
			events: value.events,
			secret: value.secret ?? '',
			is_active: value.is_active ?? false,
		},
	};
}

/** strconv.Atoi of the path: anything but a positive number is a 400 before any look-up. */
function pathId(ctx: RouteContext): number {
	return /^[+-]?\d+$/.test(ctx.params.id) ? Number(ctx.params.id) : 0;
}

const badId = () => errors.input('Something went wrong');

function withWebhook(
	whenUnknown: () => ReturnType<Route['handle']>,
	handler: (ctx: RouteContext, webhook: Webhook) => ReturnType<Route['handle']>,
) {
	return (ctx: RouteContext) => {
		const id = pathId(ctx);
		if (id <= 0) return badId();
		const webhook = ctx.state.webhooks.find((candidate) => candidate.id === id);
		return webhook ? handler(ctx, webhook) : whenUnknown();
	};
}

const notFound = () => errors.notFound('Not found');
const noRows = () => errors.general();

export const webhookRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/webhooks',
		guard: 'webhooks:manage',
		handle: ({ state }) => ok(state.webhooks.map((webhook) => webhookJson(webhook))),
	},
	{
		method: 'GET',
		path: '/api/v1/webhooks/compact',
		guard: 'auth',
		handle: ({ state }) => ok(state.webhooks.map(({ id, name }) => ({ id, name }))),
	},
	{
		method: 'GET',
		path: '/api/v1/webhooks/:id',
		guard: 'webhooks:manage',
		handle: withWebhook(notFound, (_ctx, webhook) => ok(webhookJson(webhook))),
	},
	{
		method: 'POST',
		path: '/api/v1/webhooks',
		guard: 'webhooks:manage',
		handle: (ctx) => {
			const read = readBody(ctx);
			if (!read.value) return read.response;
			if (encryptedLength(read.value.secret) > 255) return errors.general();
			const at = ctx.state.now();
			const webhook: Webhook = {
				id: ctx.state.nextId('webhooks'),
				created_at: at,
				updated_at: at,
				...read.value,
			};
			ctx.state.webhooks.push(webhook);
			return ok(webhookJson(webhook, true));
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/webhooks/:id',
		guard: 'webhooks:manage',
		handle: withWebhook(noRows, (ctx, webhook) => {
			const read = readBody(ctx);
			if (!read.value) return read.response;
			// A secret containing "•" (the UI's mask) keeps the old one; anything else, "" too, replaces it.
			const secret = read.value.secret.includes('•') ? webhook.secret : read.value.secret;
			if (encryptedLength(secret) > 255) return errors.general();
			Object.assign(webhook, { ...read.value, secret, updated_at: ctx.state.now() });
			return ok(webhookJson(webhook, true));
		}),
	},
	{
		method: 'DELETE',
		path: '/api/v1/webhooks/:id',
		guard: 'webhooks:manage',
		handle: withWebhook(
			() => ok(true),
			(ctx, webhook) => {
				ctx.state.webhooks.splice(ctx.state.webhooks.indexOf(webhook), 1);
				return ok(true);
			},
		),
	},
	{
		method: 'PUT',
		path: '/api/v1/webhooks/:id/toggle',
		guard: 'webhooks:manage',
		handle: withWebhook(noRows, (_ctx, webhook) => {
			webhook.is_active = !webhook.is_active;
			return ok(webhookJson(webhook, true));
		}),
	},
	{
		method: 'POST',
		path: '/api/v1/webhooks/:id/test',
		guard: 'webhooks:manage',
		// True whether or not the delivery succeeded; sent even to a switched-off webhook.
		handle: withWebhook(notFound, (ctx, webhook) => {
			ctx.webhooks.fire('webhook.test', { id: webhook.id, name: webhook.name }, webhook.id);
			return ok(true);
		}),
	},
];
