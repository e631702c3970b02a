import { readOrder } from '../../../../../nodes/Libredesk/actions/shared/listReaders';
import { checkerFor } from '../../../../helpers/bareNode';

const check = checkerFor(2);
const FIELDS = { 'Created At': 'created_at', 'Updated At': 'updated_at' };

// readLimit needs an execution context: the Get Many operations' tests run it through n8n-core.
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
