import { NodeOperationError, sleep } from 'n8n-workflow';
import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { baseUrlRefusal, checkBaseUrl } from './baseUrl';
import { credentialSecrets, libredeskCredentials } from './credentials';
import {
	libredeskNetworkError,
	libredeskResponseError,
	networkCode,
	notLibredeskAnswer,
} from './errors';
import { exchange, finalError, headerText, timeoutMs } from './exchange';
import type { Answer } from './exchange';
import { retryDelay } from './retry';
import { textFile } from './textFile';
import { holdAll, notePushBack, waitForGate } from '../concurrency';
import { API_PREFIX } from './types';
import type { LibredeskCredentials, LibredeskRequest } from './types';

/** How a request that got no answer in time fails. */
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNABORTED']);

export type LibredeskContext =
	IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions | IPollFunctions;

/** Where requests go and with what: the credential (read once per execution) and its Base URL. */
export interface LibredeskTarget {
	credentialsDecrypted: ICredentialsDecrypted;
	credentials: LibredeskCredentials;
	baseUrl: string;
	origin: string;
	/** The texts an error must never repeat: the secret, the key and the Basic auth token. */
	secrets: string[];
}

/** The credential and its checked Base URL; a Base URL that cannot be used stops the item. */
export async function libredeskTarget(
	this: LibredeskContext,
	itemIndex: number | undefined,
): Promise<LibredeskTarget> {
	const credentialsDecrypted = await libredeskCredentials.call(this);
	const credentials = (credentialsDecrypted.data ?? {}) as unknown as LibredeskCredentials;
	const checked = checkBaseUrl(credentials.baseUrl);
	if (!('url' in checked)) {
		// The value itself is not repeated: it may hold a password (https://user:pass@host).
		const { message, fix } = baseUrlRefusal(checked.problem);
		throw new NodeOperationError(this.getNode(), message, { itemIndex, description: fix });
	}
	const secrets = credentialSecrets(credentials);
	return {
		credentialsDecrypted,
		credentials,
		baseUrl: checked.url,
		origin: checked.origin,
		secrets,
	};
}

/**
 * Every API request to Libredesk goes through here (files: fileDownload.ts): builds the URL from the credential, lets n8n apply
 * the credential's Basic auth, unwraps `{status, data}` and turns every failure into a NodeApiError.
 * A request is sent again only when that is safe (see retry.ts): creates are not idempotent.
 */
export async function libredeskApiRequest(
	this: LibredeskContext,
	request: LibredeskRequest,
): Promise<unknown> {
	const target = await libredeskTarget.call(this, request.itemIndex);
	const { credentialsDecrypted, credentials, baseUrl, origin } = target;
	const secrets = [...target.secrets, ...(request.secrets ?? [])];

	const isMultipart = request.body instanceof FormData;
	// n8n drops an empty object body; Libredesk must still get `{}` (e.g. to clear attributes).
	const emptyObject =
		!isMultipart &&
		!Array.isArray(request.body) &&
		typeof request.body === 'object' &&
		Object.keys(request.body).length === 0;
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${baseUrl}${API_PREFIX}${request.endpoint}`,
		qs: request.qs,
		// Go reads repeated keys (`type=a&type=b`), not `type[]=`.
		arrayFormat: 'repeat',
		body: emptyObject ? '{}' : request.body,
		headers: emptyObject ? { 'Content-Type': 'application/json' } : undefined,
		// Libredesk reads a body as JSON only when Content-Type says so; multipart sets its own.
		json: !isMultipart,
		skipSslCertificateValidation: credentials.allowUnauthorizedCerts === true,
		returnFullResponse: true,
		// Status codes are mapped below, where Libredesk's own message can be kept.
		ignoreHttpStatusErrors: true,
	};

	let response: Answer | undefined;
	for (let attempt = 1; response === undefined; attempt++) {
		let wait: number | undefined;
		await waitForGate(this);
		try {
			const answer = await exchange(
				this,
				request,
				options,
				{ credentialsDecrypted },
				origin,
				Date.now() + timeoutMs(credentials.timeout),
			);
			const retryAfter = headerText(answer.headers['retry-after']);
			if (answer.statusCode === 429 || answer.statusCode === 503) notePushBack(this);
			const told = retryDelay(
				request.method,
				{ statusCode: answer.statusCode, retryAfter },
				attempt,
			);
			if (told === undefined) response = answer;
			// A Retry-After pauses every request of this execution (throttle.ts); other waits are this request's own.
			else if (retryAfter !== undefined && (answer.statusCode === 429 || answer.statusCode === 503))
				holdAll(this, told);
			else wait = told;
		} catch (error) {
			const refusal = finalError(error);
			if (refusal) throw refusal;
			if (TIMEOUT_CODES.has(networkCode(error) ?? '')) notePushBack(this);
			wait = retryDelay(request.method, { networkCode: networkCode(error) }, attempt);
			if (wait === undefined) throw libredeskNetworkError(this.getNode(), request, baseUrl, error);
		}
		if (wait !== undefined) await sleep(wait);
	}

	const { statusCode, body } = response;
	if (statusCode === 404 && request.allowNotFound) return undefined;
	if (statusCode < 200 || statusCode >= 300) {
		throw libredeskResponseError(this.getNode(), request, statusCode, body, secrets);
	}
	if (request.plainJson)
		return { statusCode, body: typeof body === 'string' ? (tryParse(body) ?? body) : body };
	if (request.plainText) return textFile(this.getNode(), request, response);
	return unwrapEnvelope(this, request, statusCode, body, secrets);
}

function unwrapEnvelope(
	context: LibredeskContext,
	request: LibredeskRequest,
	statusCode: number,
	body: unknown,
	secrets: string[],
): unknown {
	const envelope = typeof body === 'string' ? tryParse(body) : body;
	if (
		envelope &&
		typeof envelope === 'object' &&
		!Array.isArray(envelope) &&
		(envelope as IDataObject).status === 'success' &&
		'data' in envelope
	) {
		return (envelope as { data: unknown }).data;
	}
	if (envelope && typeof envelope === 'object' && (envelope as IDataObject).status === 'error') {
		throw libredeskResponseError(context.getNode(), request, statusCode, envelope, secrets);
	}
	throw notLibredeskAnswer(context.getNode(), request);
}

function tryParse(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
