/**
 * One request and its answer, on the transport's terms rather than the HTTP client's: n8n's
 * helper is told not to follow redirects (it would send the credential to any host a redirect
 * names) and to hand over the body as a stream, read by bodyStream.ts within the time left and up
 * to a size cap.
 */
import { NodeApiError } from 'n8n-workflow';
import type {
	IAdditionalCredentialOptions,
	IDataObject,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INode,
} from 'n8n-workflow';

import { collect, isStream } from './bodyStream';
import { libredeskTransportError } from './errors';
import { staleConnection } from './retry';
import { API_PREFIX, CREDENTIAL_TYPE } from './types';
import type { LibredeskRequest } from './types';
import type { LibredeskContext } from './request';

const DEFAULT_TIMEOUT_SECONDS = 60;
/** The largest answer read; Libredesk's biggest (a page of 500 conversations) is far smaller. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** Same-origin redirects of reads followed before giving up (a redirect loop ends here). */
export const MAX_REDIRECTS = 3;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface Answer {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

/** Errors raised by the transport's own checks are final: never retried, never re-wrapped. */
const finalErrors = new WeakSet<NodeApiError>();

/** The error itself when the transport raised it as final, else undefined. */
export function finalError(error: unknown): NodeApiError | undefined {
	return error instanceof NodeApiError && finalErrors.has(error) ? error : undefined;
}

function final(node: INode, request: LibredeskRequest, message: string, hint: string) {
	const error = libredeskTransportError(node, request, message, hint);
	finalErrors.add(error);
	return error;
}

/** Milliseconds from the credential's Timeout (seconds), or the default. */
export function timeoutMs(seconds: unknown): number {
	const value = typeof seconds === 'string' ? Number(seconds) : seconds;
	return typeof value === 'number' && Number.isFinite(value) && value > 0
		? Math.round(value * 1000)
		: DEFAULT_TIMEOUT_SECONDS * 1000;
}

export function headerText(value: unknown): string | undefined {
	return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
}

/** Reads a streamed body to text before `deadline` and within `MAX_RESPONSE_BYTES`. */
async function readBody(
	node: INode,
	request: LibredeskRequest,
	body: unknown,
	declaredLength: number,
	deadline: number,
): Promise<unknown> {
	// Helpers that do not stream (older n8n, mocked evaluations) hand over the body itself.
	if (!isStream(body)) return body;
	const tooLarge = () =>
		final(
			node,
			request,
			`Libredesk's answer to ${request.method} ${API_PREFIX}${request.endpoint} is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB; the node stopped reading it`,
			'Check that the Base URL in the Libredesk API credential points at Libredesk itself. For lists, set a Limit or a filter.',
		);
	if (declaredLength > MAX_RESPONSE_BYTES) {
		body.destroy();
		throw tooLarge();
	}
	const data = await collect(body, MAX_RESPONSE_BYTES, deadline);
	if (!data) throw tooLarge();
	return data.toString('utf8');
}

function redirectTarget(location: string | undefined, current: string): URL | undefined {
	if (!location) return undefined;
	try {
		return new URL(location, current);
	} catch {
		return undefined;
	}
}

/** One request through n8n's helper with the credential: never redirected, body as a stream. */
async function sendOnce(
	context: LibredeskContext,
	options: IHttpRequestOptions,
	credentialOptions: IAdditionalCredentialOptions,
	deadline: number,
): Promise<{ statusCode: number; headers: IDataObject; body: unknown }> {
	const answer = (await context.helpers.httpRequestWithAuthentication.call(
		context,
		CREDENTIAL_TYPE,
		{
			...options,
			disableFollowRedirect: true,
			encoding: 'stream',
			timeout: Math.max(1, deadline - Date.now()),
		},
		credentialOptions,
	)) as IN8nHttpFullResponse;
	return {
		statusCode: answer.statusCode,
		headers: (answer.headers ?? {}) as IDataObject,
		body: answer.body,
	};
}

/**
 * Sends `options` through n8n's helper with the credential and returns the answer. Redirects are
 * followed only for reads and only within `origin`, at most MAX_REDIRECTS times: the credential
 * never reaches another host, and a write is never sent a second time.
 */
export async function exchange(
	context: LibredeskContext,
	request: LibredeskRequest,
	options: IHttpRequestOptions,
	credentialOptions: IAdditionalCredentialOptions,
	origin: string,
	deadline: number,
): Promise<Answer> {
	const node = context.getNode();
	let current: IHttpRequestOptions = options;
	for (let hop = 0; ; hop++) {
		const answer = await sendOnce(context, current, credentialOptions, deadline).catch(
			async (error: unknown) => {
				// No answer byte came: sendOnce settles at the status line, the body is read below.
				if (!staleConnection(request.method, error)) throw error;
				return await sendOnce(context, current, credentialOptions, deadline);
			},
		);
		const headers = answer.headers;
		if (!REDIRECT_STATUSES.has(answer.statusCode)) {
			const body = await readBody(
				node,
				request,
				answer.body,
				Number(headerText(headers['content-length']) ?? 0),
				deadline,
			);
			return { statusCode: answer.statusCode, headers, body };
		}

		if (isStream(answer.body)) answer.body.destroy();
		const target = redirectTarget(headerText(headers.location), current.url);
		const redirected = `Libredesk's Base URL answered ${request.method} ${API_PREFIX}${request.endpoint} with a redirect (HTTP ${answer.statusCode})`;
		const fix =
			'Set the Base URL in the Libredesk API credential to the address Libredesk answers at directly, with no redirect in between (e.g. https:// instead of http://).';
		if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) {
			throw final(node, request, `${redirected} without a usable address`, fix);
		}
		if (target.origin !== origin) {
			throw final(
				node,
				request,
				`${redirected} to another address, ${target.origin}; the node does not send the API key there`,
				`${fix} If ${target.origin} is your Libredesk, use it as the Base URL. Nothing was sent to ${target.origin}.`,
			);
		}
		if (request.method !== 'GET') {
			throw final(
				node,
				request,
				`${redirected}; the node does not follow redirects of changes, so that nothing is sent twice`,
				fix,
			);
		}
		if (hop >= MAX_REDIRECTS) {
			throw final(node, request, `${redirected} more than ${MAX_REDIRECTS} times`, fix);
		}
		// The Location carries its own query; the original one must not be appended again.
		current = { ...current, url: target.href, qs: undefined };
	}
}

/** A file as Libredesk answered it; `data` is missing when it was larger than asked for. */
export interface FileAnswer {
	statusCode: number;
	headers: IDataObject;
	data?: Buffer;
	/** The file's size when it was too large and the size is known (declared or already read). */
	declaredSize?: number;
}

/**
 * Fetches a file through n8n's helper with the credential, reading at most `maxBytes` of it (an
 * error answer's text up to MAX_RESPONSE_BYTES). A redirect is handed back, not followed: files
 * kept in S3 redirect to the bucket, which must not get the credential.
 */
export async function exchangeFile(
	context: LibredeskContext,
	options: IHttpRequestOptions,
	credentialOptions: IAdditionalCredentialOptions,
	maxBytes: number,
	deadline: number,
): Promise<FileAnswer> {
	const { statusCode, headers, body } = await sendOnce(
		context,
		options,
		credentialOptions,
		deadline,
	);
	const succeeded = statusCode >= 200 && statusCode < 300;
	const cap = succeeded ? maxBytes : MAX_RESPONSE_BYTES;
	const declared = Number(headerText(headers['content-length']) ?? NaN);
	if (!isStream(body)) {
		// Helpers that do not stream hand over the whole body.
		const data = Buffer.isBuffer(body)
			? body
			: body instanceof ArrayBuffer
				? Buffer.from(body)
				: Buffer.from(String(body ?? ''));
		return data.length > cap
			? { statusCode, headers, declaredSize: data.length }
			: { statusCode, headers, data };
	}
	if (REDIRECT_STATUSES.has(statusCode) || declared > cap) {
		body.destroy();
		return { statusCode, headers, ...(declared > cap ? { declaredSize: declared } : {}) };
	}
	const data = await collect(body, cap, deadline);
	return data ? { statusCode, headers, data } : { statusCode, headers };
}
