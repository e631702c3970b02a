import { NodeApiError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

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
			return 'The file is larger than Libredesk accepts (20 MB by default; an admin can raise it under Admin → General).';
		case 429:
			return 'Libredesk is limiting requests. Wait a minute, or space out requests with the node setting Retry On Fail.';
		default:
			if (status >= 500)
				return 'Libredesk failed while handling the request. Its log has the cause; if it persists, check the values sent (Libredesk answers some invalid values with a 500).';
			return 'Check the values sent in this item.';
	}
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
): NodeApiError {
	const envelope = parseBody(body);
	const libredeskMessage =
		typeof envelope?.message === 'string' && envelope.message !== ''
			? envelope.message
			: `HTTP ${statusCode} without a Libredesk error message`;
	const errorType =
		typeof envelope?.error_type === 'string'
			? envelope.error_type
			: (DEFAULT_ERROR_TYPES[statusCode] ?? (statusCode >= 500 ? 'GeneralException' : 'Unknown'));
	const hint = request.hints?.[statusCode] ?? genericHint(statusCode, request);
	const details: JsonObject = {
		httpCode: String(statusCode),
		errorType,
		message: libredeskMessage,
		method: request.method,
		endpoint: `/api/v1${request.endpoint}`,
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

function networkHint(code: string | undefined, baseUrl: string): { what: string; hint: string } {
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
	if (code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'ECONNABORTED')
		return {
			what: `the connection to ${baseUrl} was cut or timed out (${code})`,
			hint: 'Check that Libredesk is reachable from n8n. A create may or may not have happened: look in Libredesk before running the item again.',
		};
	return {
		what: `the request to ${baseUrl} failed${code ? ` (${code})` : ''}`,
		hint: 'Check the Base URL in the Libredesk API credential and the network between n8n and Libredesk.',
	};
}

/** A request that got no HTTP answer (refused, DNS, TLS, reset). Only the code is kept. */
export function libredeskNetworkError(
	node: INode,
	request: LibredeskRequest,
	baseUrl: string,
	error: unknown,
): NodeApiError {
	const code = networkCode(error);
	const { what, hint } = networkHint(code, baseUrl);
	const details: JsonObject = {
		errorCode: code ?? null,
		method: request.method,
		endpoint: `/api/v1${request.endpoint}`,
	};
	return withText(
		new NodeApiError(node, details, { itemIndex: request.itemIndex }),
		`Could not reach Libredesk: ${what}`,
		hint,
		details,
	);
}
