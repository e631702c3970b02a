import { readLimit, readOrder } from '../../../../../nodes/Libredesk/actions/shared/limitAndOrder';
import { checkerFor } from '../../../../helpers/bareNode';
import { offlineContext } from '../../../../helpers/executeContext';

const check = checkerFor(2);
const FIELDS = { 'Created At': 'created_at', 'Updated At': 'updated_at' };

describe('readOrder', () => {
	it('uses the default column and descending order when nothing is chosen', () => {
		expect(readOrder(check, {}, FIELDS, 'created_at')).toEqual({
			orderBy: 'created_at',
			order: 'desc',
		});
	});

	it('keeps an offered column and ascending order', () => {
		expect(readOrder(check, { orderBy: 'updated_at', order: 'asc' }, FIELDS, 'created_at')).toEqual(
			{ orderBy: 'updated_at', order: 'asc' },
		);
	});

	it('refuses a column that is not offered, naming the item, the field and the choices', () => {
		let error: { message: string; description?: string | null } | undefined;
		try {
			readOrder(check, { orderBy: 'password' }, FIELDS, 'created_at');
		} catch (caught) {
			error = caught as typeof error;
		}
		expect(error?.message).toBe('The "Order By" of item 2 is "password"');
		expect(error?.description).toBe('Use one of: created_at, updated_at.');
	});
});

describe('readLimit', () => {
	const limitOf = (parameters: Record<string, unknown>) =>
		readLimit.call(
			offlineContext({ resource: 'team', operation: 'getAll', ...parameters }),
			check,
			2,
		);

	it('is the Limit, 50 by default, and no limit with Return All', () => {
		expect(limitOf({ limit: 7 })).toBe(7);
		expect(limitOf({})).toBe(50);
		expect(limitOf({ returnAll: true, limit: 7 })).toBeUndefined();
	});

	it('refuses a Limit that is not a positive whole number', () => {
		expect(() => limitOf({ limit: 0 })).toThrow(/^The "Limit" of item 2 /);
		expect(() => limitOf({ limit: 2.5 })).toThrow(/^The "Limit" of item 2 /);
	});
});
