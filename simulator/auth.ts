/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the API simulator: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Authentication as in cmd/middlewares.go + fastglue ParseAuthHeader: `Basic` (capitalised) or
 * `token` (lowercase); anything else falls through to the session path, which answers 401 on GET
 * and 403 "CSRF token mismatch" on writes, because CSRF is checked before the session.
 */
import type { IncomingMessage } from 'http';

import { errors, fail } from './http';
import type { SimResponse } from './http';
import type { SimState, User } from './state';

function parseHeader(header: string | undefined): { key: string; secret: string } | undefined {
	if (!header) return undefined;
	let pair: string | undefined;
	if (header.startsWith('Basic ')) {
		const encoded = header.slice('Basic '.length).trim();
		if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return undefined;
		pair = Buffer.from(encoded, 'base64').toString('utf8');
	} else if (header.startsWith('token ')) {
		pair = header.slice('token '.length).trim();
	} else {
		return undefined;
	}
	const colon = pair.indexOf(':');
	if (colon === -1) return undefined;
	const key = pair.slice(0, colon);
	const secret = pair.slice(colon + 1);
	if (!key || !secret) return undefined;
	return { key, secret };
}

export type AuthResult = { user: User; permissions: string[] } | { response: SimResponse };

export function authenticate(req: IncomingMessage, state: SimState): AuthResult {
	const credentials = parseHeader(req.headers.authorization);
	if (!credentials) {
		if (req.method === 'GET' || req.method === 'HEAD') {
			return { response: fail(401, 'Invalid or expired session', 'GeneralException') };
		}
		return { response: errors.permission('CSRF token mismatch') };
	}
	const apiKey = state.apiKeys.find((candidate) => candidate.key === credentials.key);
	const user = apiKey ? state.findUser(apiKey.userId) : undefined;
	if (!apiKey || !user || apiKey.secret !== credentials.secret || !user.enabled) {
		return { response: fail(401, 'Invalid credential', 'GeneralException') };
	}
	return { user, permissions: state.permissionsOf(user) };
}
