import { isAfter, micros, timestamp } from '../../../nodes/shared/instants';

describe('instants', () => {
	it('reads Go timestamps to the microsecond, in any zone', () => {
		const utc = micros('2026-08-08T07:16:40.123456Z');
		expect(utc).toBe(Date.parse('2026-08-08T07:16:40Z') * 1000 + 123456);
		// The same instant written in the database's zone, and with nanoseconds.
		expect(micros('2026-08-08T12:46:40.123456789+05:30')).toBe(utc);
		expect(micros('2026-08-08T07:16:40Z')).toBe(Date.parse('2026-08-08T07:16:40Z') * 1000);
		// Two times in the same millisecond still differ.
		expect(micros('2026-08-08T07:16:40.123457Z')! - utc!).toBe(1);
	});

	it.each([[null], [''], ['yesterday'], ['2026-08-08'], [1754637400]])(
		'does not read %j',
		(value) => {
			expect(micros(value)).toBeUndefined();
		},
	);

	it('writes microseconds back as RFC 3339 UTC', () => {
		const text = '2026-08-08T07:16:40.000042Z';
		expect(timestamp(micros(text)!)).toBe(text);
		expect(timestamp(micros('2026-08-08T12:46:40.5+05:30')!)).toBe('2026-08-08T07:16:40.500000Z');
	});

	it('compares with an optional bound', () => {
		const at = micros('2026-08-08T07:16:40.000001Z')!;
		expect(isAfter('2026-08-08T07:16:40.000002Z', at)).toBe(true);
		expect(isAfter('2026-08-08T07:16:40.000001Z', at)).toBe(false);
		expect(isAfter('2026-08-08T07:16:40Z', undefined)).toBe(true);
		expect(isAfter(null, undefined)).toBe(false);
	});
});
