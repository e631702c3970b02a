import {
	MAX_ATTEMPTS,
	retryDelay,
	staleConnection,
} from '../../../../nodes/Libredesk/transport/retry';

describe('retryDelay (when a request may be sent again)', () => {
	it('repeats any request that was refused, or answered 429/503 with Retry-After', () => {
		expect(retryDelay('POST', { networkCode: 'ECONNREFUSED' }, 1)).toBe(500);
		expect(retryDelay('POST', { statusCode: 429, retryAfter: '2' }, 1)).toBe(2000);
		expect(retryDelay('PUT', { statusCode: 503, retryAfter: '0' }, 2)).toBe(0);
	});

	it('never repeats a write that Libredesk may have processed', () => {
		expect(retryDelay('POST', { networkCode: 'ECONNRESET' }, 1)).toBeUndefined();
		expect(retryDelay('POST', { statusCode: 500 }, 1)).toBeUndefined();
		expect(retryDelay('POST', { statusCode: 503 }, 1)).toBeUndefined();
		expect(retryDelay('POST', { statusCode: 502 }, 1)).toBeUndefined();
	});

	it('repeats reads after cut connections and gateway errors, with backoff', () => {
		expect(retryDelay('GET', { networkCode: 'ECONNRESET' }, 1)).toBe(500);
		expect(retryDelay('GET', { statusCode: 502 }, 2)).toBe(1000);
		expect(retryDelay('GET', { statusCode: 404 }, 1)).toBeUndefined();
	});

	it('gives up after the last attempt or when Retry-After is too long', () => {
		expect(retryDelay('GET', { statusCode: 503 }, MAX_ATTEMPTS)).toBeUndefined();
		expect(retryDelay('GET', { statusCode: 429, retryAfter: '60' }, 1)).toBeUndefined();
		expect(
			retryDelay(
				'GET',
				{ statusCode: 429, retryAfter: new Date(Date.now() + 3000).toUTCString() },
				1,
			),
		).toBeGreaterThan(1000);
	});

	it('ignores a Retry-After that is neither whole seconds nor an HTTP date', () => {
		for (const retryAfter of ['-5', '1e3', ' ', 'soon', '2.5']) {
			expect(retryDelay('POST', { statusCode: 429, retryAfter }, 1)).toBeUndefined();
		}
	});
});

describe('staleConnection (a read sent again at once)', () => {
	const failure = (code: string | undefined, message = 'failed') =>
		Object.assign(new Error('request failed'), {
			cause: Object.assign(new Error(message), { code }),
		});

	it('is a read whose connection was reset or hung up before any answer', () => {
		expect(staleConnection('GET', failure('ECONNRESET', 'socket hang up'))).toBe(true);
		expect(staleConnection('GET', failure('EPIPE'))).toBe(true);
		expect(staleConnection('GET', new Error('socket hang up'))).toBe(true);
	});

	it('is never a write, a timeout or a refused connection', () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const)
			expect(staleConnection(method, failure('ECONNRESET', 'socket hang up'))).toBe(false);
		expect(staleConnection('GET', failure('ETIMEDOUT'))).toBe(false);
		expect(staleConnection('GET', failure('ECONNABORTED', 'timeout of 1000ms exceeded'))).toBe(
			false,
		);
		expect(staleConnection('GET', failure('ECONNREFUSED'))).toBe(false);
	});
});
