import { NodeOperationError } from 'n8n-workflow';

import { readViewId } from '../../../../../nodes/Libredesk/actions/view/shared';
import { checkerFor } from '../../../../helpers/bareNode';

describe('readViewId', () => {
	const check = checkerFor(2);

	it('takes a view ID as a number or as digits', () => {
		expect(readViewId(check, 4)).toBe(4);
		expect(readViewId(check, '12')).toBe(12);
	});

	it.each([[''], [0], ['abc'], [1.5]])('refuses %j, naming the field and the fix', (value) => {
		const error = (() => {
			try {
				readViewId(check, value);
			} catch (caught) {
				return caught as NodeOperationError;
			}
			return undefined;
		})();
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error?.message).toMatch(/^The "View Name or ID" of item 2 /);
		expect(error?.description).toMatch(/Pick a view from the list/);
	});
});
