/**
 * Reading a streamed answer body within a deadline and a size cap. n8n reads bodies of any size
 * into memory and has no option to limit it, so the transport asks for a stream and reads it here.
 */

function networkFailure(message: string, code: string): Error {
	return Object.assign(new Error(message), { code });
}

/** The part of a Node.js readable stream the transport uses (`node:stream` may not be imported). */
interface BodyStream {
	on(event: string, listener: (...args: never[]) => void): unknown;
	destroy(): unknown;
}

export function isStream(body: unknown): body is BodyStream {
	return (
		typeof body === 'object' &&
		body !== null &&
		typeof (body as BodyStream).on === 'function' &&
		typeof (body as BodyStream).destroy === 'function'
	);
}

/**
 * Reads a streamed body before `deadline`, up to `cap` bytes: the bytes, or undefined when the body
 * is larger (the rest is not read). n8n's `timeout` option ends only the wait for the headers, so
 * the body gets its own deadline (AbortSignal.timeout: its timer does not keep n8n or a test run
 * alive).
 */
export async function collect(
	body: BodyStream,
	cap: number,
	deadline: number,
): Promise<Buffer | undefined> {
	return await new Promise<Buffer | undefined>((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let settled = false;
		const expiry = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
		const expired = () => settle(networkFailure('The answer did not end in time', 'ETIMEDOUT'));
		expiry.addEventListener('abort', expired);
		const settle = (error?: Error, tooLarge = false) => {
			if (settled) return;
			settled = true;
			expiry.removeEventListener('abort', expired);
			if (error || tooLarge) body.destroy();
			if (error) reject(error);
			else resolve(tooLarge ? undefined : Buffer.concat(chunks));
		};
		body.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > cap) settle(undefined, true);
			else chunks.push(chunk);
		});
		body.on('end', () => settle());
		body.on('error', (error: Error & { code?: string }) =>
			settle(networkFailure(error.message, error.code ?? 'ECONNRESET')),
		);
		body.on('close', () =>
			settle(networkFailure('The connection closed before the answer ended', 'ECONNRESET')),
		);
	});
}
