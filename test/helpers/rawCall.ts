/** Plain HTTP to the simulator for the route contract tests (no n8n involved). */
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';

export const tokenFor = (key: keyof typeof SEED_KEYS = 'admin') =>
	`token ${SEED_KEYS[key].key}:${SEED_KEYS[key].secret}`;

export async function call(
	sim: Simulator,
	method: string,
	path: string,
	body?: unknown,
	auth: string | null = tokenFor(),
) {
	const headers: Record<string, string> = {};
	if (auth) headers.Authorization = auth;
	if (body !== undefined) headers['Content-Type'] = 'application/json';
	const response = await fetch(`${sim.url}${path}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return {
		status: response.status,
		json: json as { status?: string; data?: unknown; message?: string; error_type?: string },
		text,
		headers: response.headers,
	};
}
