/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The raw client the live suite prepares and inspects Libredesk with (axios, outside n8n): every
 * call returns status and body, so a test can assert on what the real server answered.
 */
import axios from 'axios';
import type { AxiosInstance } from 'axios';

export interface Envelope<T = unknown> {
	status: string;
	data: T;
	message?: string;
	error_type?: string;
}

export interface Answer<T = unknown> {
	status: number;
	body: Envelope<T>;
}

export class LibredeskClient {
	private readonly http: AxiosInstance;

	constructor(
		readonly url: string,
		key: string,
		secret: string,
	) {
		this.http = axios.create({
			baseURL: url,
			headers: { Authorization: `token ${key}:${secret}` },
			validateStatus: () => true,
			timeout: 30000,
		});
	}

	async call<T = unknown>(
		method: string,
		path: string,
		body?: unknown,
		headers: Record<string, string> = {},
	): Promise<Answer<T>> {
		const response = await this.http.request({ method, url: path, data: body, headers });
		return { status: response.status, body: response.data as Envelope<T> };
	}

	/** The `data` of a call that must succeed; otherwise an error with what Libredesk said. */
	async data<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		const answer = await this.call<T>(method, path, body);
		if (answer.status !== 200 || answer.body?.status !== 'success') {
			throw new Error(
				`${method} ${path} -> ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`,
			);
		}
		return answer.body.data;
	}
}

/** Polls `probe` until it returns something other than undefined, or gives up. */
export async function eventually<T>(
	probe: () => Promise<T | undefined>,
	timeoutMs = 10000,
	everyMs = 200,
): Promise<T | undefined> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined || Date.now() > deadline) return value;
		await new Promise((resolve) => setTimeout(resolve, everyMs));
	}
}
