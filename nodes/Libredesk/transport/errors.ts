import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

import { API_PREFIX } from './types';
import type { LibredeskErrorBody, LibredeskRequest } from './types';

/** Error types Libredesk sends by default for each status (internal/envelope/envelope.go). */
const DEFAULT_ERROR_TYPES: Record<number, string> = {
	400: 'InputException',
	401: 'GeneralException',
	403: 'PermissionException',
	404: 'NotFoundException',
	409: 'ConflictException',
	413: 'InputException',
	422: 'DataException',
	429: 'RateLimitException',
	504: 'NetworkException',
};

/**
 * NodeApiError rewrites messages that mention HTTP statuses or Node error codes into n8n's generic
 * texts ("Bad request - please check your parameters"); ours are set after construction so that
 * Libredesk's own words reach the user.
 */
function withText(
	error: NodeApiError,
	message: string,
	description: string,
	details: JsonObject,
): NodeApiError {
	error.message = message;
	error.description = description;
	error.messages = [];
	error.context.libredesk = details;
	return error;
}

/** The path the request went to, as errors name it. */
function requestPath(request: LibredeskRequest): string {
	return request.outsideApi ? request.endpoint : `${API_PREFIX}${request.endpoint}`;
}

/** What to tell the user after a write that Libredesk may have carried out although it failed. */
function mayHaveHappened(request: LibredeskRequest): string {
	return `${request.creates ?? 'Libredesk may have made the change: look in Libredesk'} before running the item again. Retry On Fail would send it again, so keep it off for this node.`;
}

/**
 * A 2xx answer that is not what Libredesk sends (a login page, a proxy's page, another server),
 * or whose data has not the shape Libredesk gives it; `what` says what was wrong with it.
 */
export function notLibredeskAnswer(
	node: INode,
	request: LibredeskRequest,
	what?: string,
): NodeOperationError {
	return new NodeOperationError(
		node,
		`The server at the credential's Base URL answered ${request.method} ${requestPath(request)} with something other than a Libredesk API response${what ? `: ${what}` : ''}`,
		{
			itemIndex: request.itemIndex,
			description: `Check that the Base URL points at Libredesk itself (not at a login page or proxy in front of it), and that its version is supported (v2.7 or later).${request.method === 'GET' ? '' : ` ${mayHaveHappened(request)}`}`,
		},
	);
}

function genericHint(status: number, request: LibredeskRequest): string {
	const writes = request.method !== 'GET';
	switch (status) {
		case 401:
			return 'Libredesk did not accept the API key and secret. Check both in the Libredesk API credential, and that the agent who owns the key is enabled and the key was not revoked or regenerated.';
		case 403:
			return writes
				? `The API key's role lacks the permission this needs${request.permission ? ` (${request.permission})` : ''}: give the agent a role that has it, e.g. Admin. If it has it, the Authorization header did not reach Libredesk (a proxy in front of Libredesk may strip it), which Libredesk also answers with 403.`
				: `The API key's role lacks the permission this needs${request.permission ? ` (${request.permission})` : ''}, or the conversation is not visible to the key's agent. Give the agent a role that has it, e.g. Admin.`;
		case 404:
			return 'Libredesk has no such record, or the Base URL in the credential does not point at Libredesk. Check the ID and the Base URL.';
		case 409:
			return 'A record with the same unique value already exists in Libredesk.';
		case 413:
			return request.body instanceof FormData
				? 'The file is larger than Libredesk accepts (20 MB by default; an admin can raise it under Admin → General).'
				: 'The request is larger than the server accepts. A proxy in front of Libredesk (e.g. nginx, client_max_body_size) may set a lower limit; shorten the content or raise that limit.';
		case 429:
			return 'Libredesk is limiting requests; the node already waited for it where Libredesk said how long (up to 30 seconds). Run the workflow again later, or send fewer items at a time.';
		default:
			if (status >= 500 && writes)
				return `Libredesk, or a proxy in front of it, failed while handling the request. ${mayHaveHappened(request)}`;
			if (status >= 500)
				return 'Libredesk failed while handling the request. Its log has the cause; if it persists, check the values sent (Libredesk answers some invalid values with a 500).';
			return 'Check the values sent in this item.';
	}
}

/**
 * The operation's own hint for the status, else the generic one. A 5xx to a create keeps saying
 * that the record may exist already, also where the operation explains the 500 its own way.
 */
function hintFor(status: number, request: LibredeskRequest): string {
	const own = request.hints?.[status];
	if (own === undefined) return genericHint(status, request);
	const lost = status >= 500 && request.method !== 'GET' && request.creates !== undefined;
	return lost && !own.includes('Retry On Fail') ? `${own} ${mayHaveHappened(request)}` : own;
}

/**
 * Removes anything that looks like a credential from a text that came from the server: a server
 * (or proxy) that echoes the request's headers would otherwise put the API secret into the error.
 */
export function redact(text: string, secrets: string[] = []): string {
	let clean = text
		.replace(/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{8,}/gi, '$1 [redacted]')
		.replace(
			/(authorization|api[_-]?secret|api[_-]?key|password)(["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi,
			'$1$2[redacted]',
		)
		.replace(/(\/\/)[^/\s:@]*:[^/\s@]*@/g, '$1');
	for (const secret of secrets) {
		if (secret.length >= 4) clean = clean.split(secret).join('[redacted]');
	}
	return clean;
}

function parseBody(body: unknown): LibredeskErrorBody | undefined {
	if (typeof body === 'string') {
		try {
			return parseBody(JSON.parse(body));
		} catch {
			return undefined;
		}
	}
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as LibredeskErrorBody;
	return undefined;
}

/**
 * Turns a Libredesk error response into a NodeApiError that keeps the status, Libredesk's own
 * `error_type` and message (n8n would otherwise show only "Bad request") and a hint. It is built
 * from a fresh object, so no request header or credential can travel with it.
 */
export function libredeskResponseError(
	node: INode,
	request: LibredeskRequest,
	statusCode: number,
	body: unknown,
	secrets: string[] = [],
): NodeApiError {
	const envelope = parseBody(body);
	const libredeskMessage =
		typeof envelope?.message === 'string' && envelope.message !== ''
			? redact(envelope.message, secrets).slice(0, 1000)
			: `HTTP ${statusCode} without a Libredesk error message`;
	const errorType =
		typeof envelope?.error_type === 'string'
			? redact(envelope.error_type, secrets).slice(0, 100)
			: (DEFAULT_ERROR_TYPES[statusCode] ?? (statusCode >= 500 ? 'GeneralException' : 'Unknown'));
	const hint = hintFor(statusCode, request);
	const details: JsonObject = {
		httpCode: String(statusCode),
		errorType,
		message: libredeskMessage,
		method: request.method,
		endpoint: requestPath(request),
	};
	return withText(
		new NodeApiError(node, details, { httpCode: String(statusCode), itemIndex: request.itemIndex }),
		`Libredesk: ${libredeskMessage} (HTTP ${statusCode}, ${errorType})`,
		hint,
		details,
	);
}

const TLS_CODES = new Set([
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'CERT_HAS_EXPIRED',
	'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The Node.js error code (ECONNREFUSED, …) of a failed request, looking through its causes. */
export function networkCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && code !== '') return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

/** Codes of failures that happen before anything is sent: the request cannot have had an effect. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', ...TLS_CODES]);

/** What went wrong with a request that got no HTTP answer, and what to do about it. */
export function networkHint(
	code: string | undefined,
	baseUrl: string,
	request: LibredeskRequest,
): { what: string; hint: string } {
	if (code && TLS_CODES.has(code))
		return {
			what: `the TLS certificate of ${baseUrl} is not trusted (${code})`,
			hint: 'If your Libredesk uses a self-signed or private certificate, turn on "Ignore SSL Issues" in the Libredesk API credential.',
		};
	if (code === 'ECONNREFUSED')
		return {
			what: `${baseUrl} refused the connection`,
			hint: 'Check the Base URL in the Libredesk API credential and that Libredesk is running.',
		};
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
		return {
			what: `the host of ${baseUrl} was not found`,
			hint: 'Check the Base URL in the Libredesk API credential.',
		};
	const sent = request.method !== 'GET' && !(code && NOT_SENT_CODES.has(code));
	const timedOut = code === 'ETIMEDOUT' || code === 'ECONNABORTED';
	const what =
		timedOut || code === 'ECONNRESET' || code === 'EPIPE'
			? `the connection to ${baseUrl} was cut or timed out (${code})`
			: `the request to ${baseUrl} failed${code ? ` (${code})` : ''}`;
	const reach = timedOut
		? 'Check that Libredesk is reachable from n8n, or raise Timeout in the Libredesk API credential.'
		: 'Check the Base URL in the Libredesk API credential and the network between n8n and Libredesk.';
	return { what, hint: sent ? `${reach} ${mayHaveHappened(request)}` : reach };
}

/** A request that got no HTTP answer (refused, DNS, TLS, reset). Only the code is kept. */
export function libredeskNetworkError(
	node: INode,
	request: LibredeskRequest,
	baseUrl: string,
	error: unknown,
): NodeApiError {
	const code = networkCode(error);
	const { what, hint } = networkHint(code, baseUrl, request);
	const details: JsonObject = {
		errorCode: code ?? null,
		method: request.method,
		endpoint: requestPath(request),
	};
	return withText(
		new NodeApiError(node, details, { itemIndex: request.itemIndex }),
		`Could not reach Libredesk: ${what}`,
		hint,
		details,
	);
}

/** A failure of the transport's own checks (redirect, size, shape), with the request's place. */
export function libredeskTransportError(
	node: INode,
	request: LibredeskRequest,
	message: string,
	hint: string,
): NodeApiError {
	const details: JsonObject = { method: request.method, endpoint: requestPath(request) };
	return withText(
		new NodeApiError(node, details, { itemIndex: request.itemIndex }),
		message,
		hint,
		details,
	);
}
