import { ilikeContains } from '../../../simulator/routes/messageSearch';

describe('ilikeContains', () => {
	it('matches like ILIKE %query%: any case, % and _ as wildcards, \\ escapes', () => {
		expect(ilikeContains('REF').test('a refund')).toBe(true);
		expect(ilikeContains('r%d').test('refund')).toBe(true);
		expect(ilikeContains('r_f').test('refund')).toBe(true);
		expect(ilikeContains('r\\_f').test('refund')).toBe(false);
		expect(ilikeContains('r\\_f').test('r_f')).toBe(true);
		expect(ilikeContains('a.b').test('axb')).toBe(false);
		expect(ilikeContains('x%y').test('x\ny')).toBe(true);
	});
});
