/**
 * Users paste the address they see in the browser, sometimes with a trailing slash or with the
 * API prefix; every form must reach the same `<origin>/api/v1/...` URLs. Anything that would send
 * the request somewhere else than it looks (a query, a fragment, a pasted page of the app, a user
 * name and password, `http:host` without slashes) is refused instead of guessed at.
 * The node and the credential's test (credentialTest.ts) both use this check and these texts.
 */
export type BaseUrlCheck = { url: string; origin: string } | { problem: string };

/** First path segments of Libredesk's own pages: a Base URL containing one is a pasted deep link. */
const APP_PAGES =
	/\/(inboxes|conversations|contacts|admin|account|reports|teams|views|search|api)(\/|$)/i;

export function checkBaseUrl(raw: unknown): BaseUrlCheck {
	if (typeof raw !== 'string' || raw.trim() === '') return { problem: 'is empty' };
	const trimmed = raw
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/api\/v1$/i, '')
		.replace(/\/+$/, '');
	if (!/^https?:\/\/[^/]/i.test(trimmed))
		return { problem: 'is not a web address starting with https:// or http://' };
	let parsed: URL;
	try {
		parsed = new URL(trimmed);
	} catch {
		return { problem: 'is not a web address starting with https:// or http://' };
	}
	if (parsed.username || parsed.password) return { problem: 'contains a user name or password' };
	if (parsed.search || trimmed.includes('?')) return { problem: 'contains a query (?…)' };
	if (parsed.hash || trimmed.includes('#')) return { problem: 'contains a fragment (#…)' };
	if (APP_PAGES.test(parsed.pathname))
		return { problem: 'is the address of a page inside Libredesk' };
	return { url: trimmed, origin: parsed.origin };
}

/** The base URL without a trailing slash or `/api/v1`, or undefined when it is not usable. */
export function normalizeBaseUrl(raw: unknown): string | undefined {
	const checked = checkBaseUrl(raw);
	return 'url' in checked ? checked.url : undefined;
}

/** What both the node and the credential test say about a Base URL they refuse. */
export function baseUrlRefusal(problem: string): { message: string; fix: string } {
	return {
		message: `The Base URL of the Libredesk API credential ${problem}`,
		fix: 'Set it to the address you open Libredesk at, with nothing after the host name, e.g. https://desk.example.com',
	};
}
