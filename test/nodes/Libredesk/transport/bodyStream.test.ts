/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
import { PassThrough, Readable } from 'node:stream';

import { collect, isStream } from '../../../../nodes/Libredesk/transport/bodyStream';

const inAMinute = () => Date.now() + 60_000;

describe('isStream', () => {
	it('tells a readable stream from a body n8n already read', () => {
		expect(isStream(Readable.from(['a']))).toBe(true);
		expect(isStream('text')).toBe(false);
		expect(isStream({ on: () => undefined })).toBe(false);
		expect(isStream(null)).toBe(false);
	});
});

describe('collect', () => {
	it('reads the whole body when it fits the cap', async () => {
		const data = await collect(
			Readable.from([Buffer.from('hello '), Buffer.from('world')]),
			11,
			inAMinute(),
		);
		expect(data?.toString()).toBe('hello world');
	});

	it('stops at the first chunk past the cap and destroys the stream', async () => {
		const body = new PassThrough();
		const reading = collect(body, 10, inAMinute());
		body.write(Buffer.alloc(8));
		body.write(Buffer.alloc(8));
		expect(await reading).toBeUndefined();
		expect(body.destroyed).toBe(true);
	});

	it('gives up at the deadline with ETIMEDOUT, even while bytes still trickle in', async () => {
		const body = new PassThrough();
		const timer = setInterval(() => body.write('x'), 5);
		try {
			await expect(collect(body, 1000, Date.now() + 60)).rejects.toMatchObject({
				code: 'ETIMEDOUT',
			});
			expect(body.destroyed).toBe(true);
		} finally {
			clearInterval(timer);
		}
	});

	it('reports a connection that closes before the body ends as ECONNRESET', async () => {
		const body = new PassThrough();
		const reading = collect(body, 1000, inAMinute());
		body.write('partial');
		body.destroy();
		await expect(reading).rejects.toMatchObject({ code: 'ECONNRESET' });
	});
});
