/**
 * The credential's test, which n8n runs from the credential dialog: a function of the nodes
 * (`testedBy`), so that it checks the Base URL with the node's own check (baseUrl.ts) and never
 * says "Connection successful!" for a Base URL the node then refuses. It asks
 * `GET <Base URL>/api/v1/agents/me` with the key as the node would: the credential's TLS switch and
 * Timeout, no redirect followed (the key goes to the Base URL only), and only a Libredesk answer
 * counts as success.
 */
import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { baseUrlRefusal, checkBaseUrl } from './baseUrl';
import { credentialSecrets } from './credentials';
import { networkCode, networkHint, redact } from './errors';
import { timeoutMs } from './exchange';
import { API_PREFIX } from './types';
import type { LibredeskCredentials } from './types';

const SUCCESS = 'Connection successful!';

interface LegacyAnswer {
	statusCode: number;
	body: unknown;
}

/**
 * The one HTTP helper n8n gives a credential test (ICredentialTestFunctions has no httpRequest).
 * n8n's lint steers nodes from `this.helpers.request` to `httpRequest`, which this context lacks.
 */
function legacyRequest(context: ICredentialTestFunctions) {
	return context.helpers.request.bind(context.helpers);
}

const failed = (message: string): INodeCredentialTestResult => ({ status: 'Error', message });

function parsed(body: unknown): IDataObject | undefined {
	let value = body;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	return value && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: undefined;
}

/** What an answer other than success means for the credential. */
function refusal(statusCode: number, body: unknown, secrets: string[]): string {
	if (statusCode >= 300 && statusCode < 400)
		return 'The Base URL redirects elsewhere, and the node does not send the API key to a redirect. Use the address Libredesk answers at directly (e.g. https:// instead of http://, or the final host name).';
	if (statusCode === 401)
		return 'Libredesk did not accept the API key and secret. Check both, and that the agent who owns the key is enabled.';
	if (statusCode === 404)
		return 'No Libredesk API answers at this Base URL. Use the address you open Libredesk at, e.g. https://desk.example.com';
	const message = parsed(body)?.message;
	const said =
		typeof message === 'string' && message !== ''
			? `: ${redact(message, secrets).slice(0, 300)}`
			: '';
	if (statusCode === 403)
		return `Libredesk refused the key (HTTP 403${said}). If the key is right, a proxy in front of Libredesk may strip the Authorization header.`;
	return `Libredesk answered HTTP ${statusCode}${said}. Check the Base URL and that Libredesk is running.`;
}

export async function libredeskApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as unknown as LibredeskCredentials;
	const checked = checkBaseUrl(data.baseUrl);
	if (!('url' in checked)) {
		const { message, fix } = baseUrlRefusal(checked.problem);
		return failed(`${message}. ${fix}`);
	}
	const secrets = credentialSecrets(data);
	const request = { method: 'GET' as const, endpoint: '/agents/me' };
	let answer: LegacyAnswer;
	try {
		answer = (await legacyRequest(this)({
			method: 'GET',
			uri: `${checked.url}${API_PREFIX}${request.endpoint}`,
			auth: { user: String(data.apiKey ?? ''), pass: String(data.apiSecret ?? '') },
			json: true,
			rejectUnauthorized: data.allowUnauthorizedCerts !== true,
			followRedirect: false,
			followAllRedirects: false,
			timeout: timeoutMs(data.timeout),
			simple: false,
			resolveWithFullResponse: true,
		})) as LegacyAnswer;
	} catch (error) {
		const { what, hint } = networkHint(networkCode(error), checked.url, request);
		return failed(`Could not reach Libredesk: ${what}. ${hint}`);
	}
	const { statusCode, body } = answer;
	if (statusCode < 200 || statusCode >= 300) return failed(refusal(statusCode, body, secrets));
	const envelope = parsed(body);
	if (envelope?.status !== 'success' || !parsed(envelope.data))
		return failed(
			'The server at the Base URL answered with something other than a Libredesk API response. Check that the Base URL points at Libredesk itself (not at a login page or proxy in front of it).',
		);
	return { status: 'OK', message: SUCCESS };
}
