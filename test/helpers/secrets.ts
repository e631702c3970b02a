import { SEED_KEYS } from '../../simulator/state';

/** Every string reachable from a value, including an Error's non-enumerable message, stack and cause. */
export function allText(value: unknown, seen = new Set<unknown>()): string {
	if (value === null || value === undefined) return '';
	if (typeof value !== 'object') return String(value);
	if (seen.has(value)) return '';
	seen.add(value);
	const keys = new Set<string>([...Object.getOwnPropertyNames(value), ...Object.keys(value)]);
	if (value instanceof Error)
		['message', 'stack', 'cause', 'description', 'context'].forEach((key) => keys.add(key));
	let text = '';
	for (const key of keys) {
		if (key === 'node') continue; // the INode itself: parameters, no credential data
		try {
			text += ` ${key}=${allText((value as Record<string, unknown>)[key], seen)}`;
		} catch {
			// getters that throw are not data
		}
	}
	return text;
}

/** The admin secret and the Basic token built from it must never appear in the given value. */
export function expectNoSecrets(
	value: unknown,
	key = SEED_KEYS.admin.key,
	secret = SEED_KEYS.admin.secret,
): void {
	const text = allText(value);
	const token = Buffer.from(`${key}:${secret}`).toString('base64');
	expect(text).not.toContain(secret);
	expect(text).not.toContain(token);
}
