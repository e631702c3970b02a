import {
	REMEMBERED_IN_PROCESS,
	REMEMBERED_PER_TRIGGER,
	REMEMBERED_WITHOUT_AGE,
	acceptOnce,
	deliveryTime,
	isFresh,
	maxAgeSeconds,
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

describe('maxAgeSeconds', () => {
	it('reads a number of seconds, also as text from an expression, and nothing else', () => {
		expect(maxAgeSeconds(300)).toBe(300);
		expect(maxAgeSeconds(' 60 ')).toBe(60);
		expect(maxAgeSeconds(0)).toBe(0);
		for (const value of ['abc', '', ' ', -1, Number.NaN, Number.POSITIVE_INFINITY, null, {}, true])
			expect(maxAgeSeconds(value)).toBeUndefined();
	});
});

describe('acceptOnce', () => {
	it('accepts a signature once per trigger; another trigger has its own memory', () => {
		expect(acceptOnce('wf/a', 'sig-1', 0, 300)).toBe('accepted');
		expect(acceptOnce('wf/a', 'sig-1', 1000, 300)).toBe('duplicate');
		expect(acceptOnce('wf/b', 'sig-1', 1000, 300)).toBe('accepted');
	});

	it('forgets a delivery only once it could no longer pass the age limit', () => {
		expect(acceptOnce('wf/c', 'sig', 0, 10)).toBe('accepted');
		// Stamped up to 11 s ahead of acceptance, it stays fresh until 22 s after.
		expect(acceptOnce('wf/c', 'sig', 22_000, 10)).toBe('duplicate');
		expect(acceptOnce('wf/c', 'sig', 22_001, 10)).toBe('accepted');
	});

	it('remembers every delivery inside the age window up to REMEMBERED_PER_TRIGGER, then refuses instead of forgetting', () => {
		for (let index = 0; index < REMEMBERED_PER_TRIGGER; index++)
			expect(acceptOnce('wf/full', `sig-${index}`, index, 3600)).toBe('accepted');
		expect(acceptOnce('wf/full', 'sig-0', REMEMBERED_PER_TRIGGER, 3600)).toBe('duplicate');
		expect(acceptOnce('wf/full', 'one more', REMEMBERED_PER_TRIGGER, 3600)).toBe('full');
		// Another trigger is not refused for this one's volume.
		expect(acceptOnce('wf/other', 'one more', REMEMBERED_PER_TRIGGER, 3600)).toBe('accepted');
		// Once the earliest ones could no longer pass the age check, there is room again.
		const later = 2 * 3_601_000 + 1;
		expect(acceptOnce('wf/full', 'one more', later, 3600)).toBe('accepted');
		expect(acceptOnce('wf/full', `sig-${REMEMBERED_PER_TRIGGER - 1}`, later, 3600)).toBe(
			'duplicate',
		);
	});

	it('holds at most REMEMBERED_IN_PROCESS deliveries over all triggers, expired ones swept first', () => {
		const triggers = Math.ceil(REMEMBERED_IN_PROCESS / REMEMBERED_PER_TRIGGER) + 1;
		let refused = 0;
		for (let trigger = 0; trigger < triggers; trigger++)
			for (let index = 0; index < REMEMBERED_PER_TRIGGER; index++)
				if (acceptOnce(`wf/p${trigger}`, `sig-${index}`, 10_000_000, 60) === 'full') refused++;
		expect(refused).toBeGreaterThan(0);
		// All of them expire together: a later delivery finds room after the sweep.
		expect(acceptOnce('wf/late', 'sig', 10_000_000 + 2 * 61_000 + 1, 60)).toBe('accepted');
	});

	it('without an age window (0) keeps the latest REMEMBERED_WITHOUT_AGE deliveries, dropping the oldest', () => {
		for (let index = 0; index <= REMEMBERED_WITHOUT_AGE; index++)
			expect(acceptOnce('wf/d', `sig-${index}`, index, 0)).toBe('accepted');
		expect(acceptOnce('wf/d', `sig-${REMEMBERED_WITHOUT_AGE}`, 0, 0)).toBe('duplicate');
		expect(acceptOnce('wf/d', 'sig-0', 0, 0)).toBe('accepted');
	});
});
