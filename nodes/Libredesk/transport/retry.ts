/**
 * When a request may be sent again. Creates are not idempotent (docs/libredesk-api-notes.md,
 * "Create a conversation"), so a write is repeated only when Libredesk cannot have processed it:
 * the connection was refused, or Libredesk (or a proxy) answered 429/503 with Retry-After. A GET
 * is also repeated after a cut connection or a gateway error, and once at once when it went out on
 * a connection Libredesk had just closed (see `staleConnection`).
 */
import type { IHttpRequestMethods } from 'n8n-workflow';

import { networkCode } from './errors';

export const MAX_ATTEMPTS = 3;
/** The longest Retry-After the node waits for; longer waits fail with the server's answer. */
const MAX_WAIT_MS = 30_000;

export type Outcome = { statusCode: number; retryAfter?: string } | { networkCode?: string };

/** Seconds (`120`) or an HTTP date; a negative, fractional-garbage or unparseable value is ignored. */
function retryAfterMs(header: string | undefined): number | undefined {
	const value = header?.trim() ?? '';
	if (/^\d+$/.test(value)) return Number(value) * 1000;
	// An HTTP date names a weekday and a month; "-5" or "1.5e3" is neither seconds nor a date.
	if (!/^[A-Za-z]{3},/.test(value)) return undefined;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Milliseconds to wait before attempt `attempt + 1`, or undefined when not to retry. */
export function retryDelay(
	method: IHttpRequestMethods,
	outcome: Outcome,
	attempt: number,
): number | undefined {
	if (attempt >= MAX_ATTEMPTS) return undefined;
	const backoff = 500 * 2 ** (attempt - 1);
	if (!('statusCode' in outcome)) {
		if (outcome.networkCode === 'ECONNREFUSED') return backoff;
		if (
			method === 'GET' &&
			['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN'].includes(outcome.networkCode ?? '')
		)
			return backoff;
		return undefined;
	}
	const wait = retryAfterMs(outcome.retryAfter);
	if ((outcome.statusCode === 429 || outcome.statusCode === 503) && wait !== undefined)
		return wait <= MAX_WAIT_MS ? wait : undefined;
	if (method === 'GET' && [502, 503, 504].includes(outcome.statusCode)) return backoff;
	return undefined;
}

/**
 * Libredesk closes keep-alive connections idle for 8 s; a read written on one just as it closes
 * fails with "socket hang up" (ECONNRESET) or EPIPE before any answer byte. Such a read is sent
 * again once, at once, on a new connection (the broken one is never reused), and that does not
 * count as an attempt. Never a write, never a timeout, never once an answer has begun.
 */
export function staleConnection(method: IHttpRequestMethods, error: unknown): boolean {
	if (method !== 'GET') return false;
	const code = networkCode(error);
	if (code !== undefined) return code === 'ECONNRESET' || code === 'EPIPE';
	return error instanceof Error && /socket hang up/i.test(error.message);
}
