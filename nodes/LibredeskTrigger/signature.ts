import { createHmac, timingSafeEqual } from 'crypto';

/**
 * Libredesk signs each delivery with `X-Libredesk-Signature: sha256=<hex HMAC-SHA256 of the raw
 * body>` keyed with the webhook's secret. Checked in constant time, before the body is parsed.
 * Answers the signature's hex in one spelling (lowercase) when it is right, so that a copy with
 * the header written otherwise is still the same delivery; undefined when it is not.
 */
export function verifiedSignature(
	secret: string,
	rawBody: Buffer,
	header: unknown,
): string | undefined {
	if (!secret || typeof header !== 'string' || !header.startsWith('sha256=')) return undefined;
	const hex = createHmac('sha256', secret).update(rawBody).digest('hex');
	const expected = Buffer.from(hex, 'utf8');
	const given = Buffer.from(header.slice('sha256='.length).trim().toLowerCase(), 'utf8');
	return given.length === expected.length && timingSafeEqual(given, expected) ? hex : undefined;
}
