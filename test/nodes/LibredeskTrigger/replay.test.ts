import {
	REMEMBERED_PER_TRIGGER,
	acceptOnce,
	deliveryTime,
	isFresh,
} from '../../../nodes/LibredeskTrigger/replay';

describe('deliveryTime', () => {
	it('reads RFC 3339 as Libredesk writes it and refuses anything else', () => {
		expect(deliveryTime('2026-01-01T00:00:00Z')).toBe(Date.UTC(2026, 0, 1));
		expect(deliveryTime('2026-01-01T01:00:00+01:00')).toBe(Date.UTC(2026, 0, 1));
		for (const value of ['2026-01-01', 'yesterday', 1767225600000, null, '2026-13-45T00:00:00Z'])
			expect(deliveryTime(value)).toBeUndefined();
	});
});

describe('isFresh', () => {
	const now = Date.UTC(2026, 0, 1, 12);
	it('allows the age limit either way plus the second Libredesk cuts off, and everything with 0', () => {
		expect(isFresh(now - 300_000, now, 300)).toBe(true);
		expect(isFresh(now - 301_000, now, 300)).toBe(true);
		expect(isFresh(now - 301_001, now, 300)).toBe(false);
		expect(isFresh(now + 302_000, now, 300)).toBe(false);
		expect(isFresh(0, now, 0)).toBe(true);
	});
});

describe('acceptOnce', () => {
	it('accepts a signature once per trigger; another trigger has its own memory', () => {
		expect(acceptOnce('wf/a', 'sig-1', 0, 300)).toBe(true);
		expect(acceptOnce('wf/a', 'sig-1', 1000, 300)).toBe(false);
		expect(acceptOnce('wf/b', 'sig-1', 1000, 300)).toBe(true);
	});

	it('forgets a delivery only once it could no longer pass the age limit', () => {
		expect(acceptOnce('wf/c', 'sig', 0, 10)).toBe(true);
		// Stamped up to 11 s ahead of acceptance, it stays fresh until 22 s after.
		expect(acceptOnce('wf/c', 'sig', 22_000, 10)).toBe(false);
		expect(acceptOnce('wf/c', 'sig', 22_001, 10)).toBe(true);
	});

	it('keeps at most REMEMBERED_PER_TRIGGER deliveries per trigger, dropping the oldest', () => {
		for (let index = 0; index <= REMEMBERED_PER_TRIGGER; index++)
			expect(acceptOnce('wf/d', `sig-${index}`, index, 0)).toBe(true);
		expect(acceptOnce('wf/d', `sig-${REMEMBERED_PER_TRIGGER}`, 0, 0)).toBe(false);
		expect(acceptOnce('wf/d', 'sig-0', 0, 0)).toBe(true);
	});
});
