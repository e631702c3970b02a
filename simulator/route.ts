/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the API simulator: runs in Node, not inside n8n (see docs/development.md#lint) */
import type { IncomingMessage } from 'http';

import type { SimResponse } from './http';
import type { SimState, User } from './state';
import type { WebhookDispatcher } from './webhooks';

export interface RouteContext {
	state: SimState;
	req: IncomingMessage;
	params: Record<string, string>;
	query: URLSearchParams;
	body: Buffer;
	user: User;
	permissions: string[];
	/** The simulator's own origin, for absolute URLs such as media links. */
	origin: string;
	/** Outgoing webhooks: routes fire Libredesk's events here. */
	webhooks: WebhookDispatcher;
}

export interface Route {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/** Path with `:name` parameters, e.g. `/api/v1/conversations/:uuid`. */
	path: string;
	/** `public`: no auth; `auth`: any valid key; otherwise the permission the role must have. */
	guard: 'public' | 'auth' | string;
	handle(ctx: RouteContext): SimResponse;
}

/** Go's encoding/json into a struct: wrong types fail, unknown fields are ignored, null is zero. */
export type FieldType = 'int' | 'string' | 'bool' | 'intArray' | 'stringArray' | 'object';

export function decodeJsonBody(
	req: IncomingMessage,
	body: Buffer,
	fields: Record<string, FieldType>,
): { ok: true; value: Record<string, unknown> } | { ok: false } {
	// fastglue decodes JSON only when Content-Type says json; otherwise it reads a form and the
	// struct stays empty.
	if (!(req.headers['content-type'] ?? '').includes('json')) return { ok: true, value: {} };
	let parsed: unknown;
	try {
		parsed = JSON.parse(body.toString('utf8') || 'null');
	} catch {
		return { ok: false };
	}
	if (parsed === null) return { ok: true, value: {} };
	if (typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false };
	const value: Record<string, unknown> = {};
	for (const [name, type] of Object.entries(fields)) {
		const raw = (parsed as Record<string, unknown>)[name];
		if (raw === undefined || raw === null) continue;
		if (!matches(type, raw)) return { ok: false };
		value[name] = raw;
	}
	return { ok: true, value };
}

function matches(type: FieldType, raw: unknown): boolean {
	switch (type) {
		case 'int':
			return typeof raw === 'number' && Number.isInteger(raw);
		case 'string':
			return typeof raw === 'string';
		case 'bool':
			return typeof raw === 'boolean';
		case 'intArray':
			return (
				Array.isArray(raw) &&
				raw.every((entry) => typeof entry === 'number' && Number.isInteger(entry))
			);
		case 'stringArray':
			return Array.isArray(raw) && raw.every((entry) => typeof entry === 'string');
		case 'object':
			return typeof raw === 'object' && !Array.isArray(raw);
	}
}

/** Go's strconv.Atoi of the path's `:id`; 0 when it is not a number (handlers then answer 400). */
export function pathNumber(ctx: RouteContext): number {
	return /^[+-]?\d+$/.test(ctx.params.id) ? Number(ctx.params.id) : 0;
}

/** Characters as Postgres counts them (length() of text), for the schema's CHECK constraints. */
export function pgLength(text: string): number {
	return [...text].length;
}
