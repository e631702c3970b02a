/**
 * Users paste the address they see in the browser, sometimes with a trailing slash or with the
 * API prefix; every form must reach the same `<origin>/api/v1/...` URLs.
 * The credential's test request repeats this rule as an expression (it cannot import code).
 */
export function normalizeBaseUrl(raw: unknown): string | undefined {
	if (typeof raw !== 'string') return undefined;
	const trimmed = raw
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/api\/v1$/i, '')
		.replace(/\/+$/, '');
	let parsed: URL;
	try {
		parsed = new URL(trimmed);
	} catch {
		return undefined;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
	return trimmed;
}
