/**
 * Plain HTTP for the admin contract tests, to the simulator or the live server alike: a call with
 * one of the target's keys, a create that the live run deletes again, and the envelopes expected.
 */
import type { ContractTarget } from './contractTarget';

type Key = keyof ContractTarget['keys'];

export function contractCalls(ctx: { readonly target: ContractTarget }) {
	async function send(method: string, path: string, body?: unknown, key: Key = 'admin') {
		const { key: apiKey, secret } = ctx.target.keys[key];
		return await fetch(`${ctx.target.url}/api/v1${path}`, {
			method,
			headers: {
				Authorization: `token ${apiKey}:${secret}`,
				...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
	}

	async function call(method: string, path: string, body?: unknown, key: Key = 'admin') {
		const response = await send(method, path, body, key);
		const json = (await response.json()) as {
			status: string;
			data?: unknown;
			message?: string;
			error_type?: string;
		};
		return { status: response.status, json };
	}

	/** Creates through the API and, on the live server, deletes it again after the file. */
	async function created<T extends { id: number }>(path: string, body: unknown): Promise<T> {
		const answer = await call('POST', path, body);
		if (answer.status !== 200)
			throw new Error(`POST ${path}: ${answer.status} ${answer.json.message}`);
		const record = answer.json.data as T;
		ctx.target.live?.later(() => call('DELETE', `${path}/${record.id}`));
		return record;
	}

	return { send, call, created };
}

export const contractError = (status: number, message: string, errorType: string) => ({
	status,
	json: { status: 'error', message, data: null, error_type: errorType },
});

export const contractSuccess = (data: unknown) => ({
	status: 200,
	json: { status: 'success', data },
});
