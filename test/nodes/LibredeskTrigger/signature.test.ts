import { verifiedSignature } from '../../../nodes/LibredeskTrigger/signature';
import { sign } from '../../../simulator/webhooks';

describe('verifiedSignature', () => {
	const body = Buffer.from(
		'{"event":"conversation.created","timestamp":"2026-01-01T00:00:00Z","payload":{}}',
	);
	const good = sign('s3cret', body.toString());

	it('answers the lowercase hex of a right signature, however its hex is spelt', () => {
		expect(verifiedSignature('s3cret', body, good)).toBe(good.slice('sha256='.length));
		expect(verifiedSignature('s3cret', body, `sha256=${good.slice(7).toUpperCase()} `)).toBe(
			good.slice(7),
		);
	});

	it.each([
		['another secret', 'other', good],
		['an empty secret (none saved)', '', good],
		['no header', 's3cret', undefined],
		['a header list', 's3cret', [good]],
		['another algorithm', 's3cret', good.replace('sha256=', 'sha1=')],
		['a cut signature', 's3cret', good.slice(0, -2)],
	])('refuses %s', (_case, secret, header) => {
		expect(verifiedSignature(secret, body, header)).toBeUndefined();
	});

	it('refuses a body changed by one byte', () => {
		expect(
			verifiedSignature('s3cret', Buffer.concat([body, Buffer.from(' ')]), good),
		).toBeUndefined();
	});
});
