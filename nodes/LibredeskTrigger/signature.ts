import { createHmac, timingSafeEqual } from 'crypto';

/**
 * Libredesk signs each delivery with `X-Libredesk-Signature: sha256=<hex HMAC-SHA256 of the raw
 * body>` keyed with the webhook's secret. Compared in constant time, before the body is parsed.
 */
export function isValidSignature(secret: string, rawBody: Buffer, header: unknown): boolean {
	if (!secret || typeof header !== 'string' || !header.startsWith('sha256=')) return false;
	const expected = Buffer.from(createHmac('sha256', secret).update(rawBody).digest('hex'), 'utf8');
	const given = Buffer.from(header.slice('sha256='.length).trim().toLowerCase(), 'utf8');
	return given.length === expected.length && timingSafeEqual(given, expected);
}
