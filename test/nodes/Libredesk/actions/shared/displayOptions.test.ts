import type { INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../../../nodes/Libredesk/actions/shared/displayOptions';

const field = (extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	default: 50,
	...extra,
});
const show = { resource: ['conversation'], operation: ['getAll'] };

describe('updateDisplayOptions', () => {
	it("shows every field only for the operation, keeping the field's other properties", () => {
		const [out] = updateDisplayOptions({ show }, [field()]);
		expect(out).toEqual({ ...field(), displayOptions: { show } });
	});

	it("adds the operation's conditions to the field's own, and keeps its hide conditions", () => {
		const [out] = updateDisplayOptions({ show }, [
			field({ displayOptions: { show: { returnAll: [false] }, hide: { list: ['view'] } } }),
		]);
		expect(out.displayOptions).toEqual({
			show: { ...show, returnAll: [false] },
			hide: { list: ['view'] },
		});
	});

	it("lets the field's own condition win for the same parameter", () => {
		const [out] = updateDisplayOptions({ show }, [
			field({ displayOptions: { show: { operation: ['get'] } } }),
		]);
		expect(out.displayOptions?.show).toEqual({ resource: ['conversation'], operation: ['get'] });
	});

	it('does not change the fields it was given', () => {
		const original = field({ displayOptions: { show: { returnAll: [false] } } });
		updateDisplayOptions({ show }, [original]);
		expect(original.displayOptions).toEqual({ show: { returnAll: [false] } });
	});
});
