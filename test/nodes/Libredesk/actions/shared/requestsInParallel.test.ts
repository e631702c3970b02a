import type { INodeParameters } from 'n8n-workflow';

import {
	DEFAULT_REQUESTS_IN_PARALLEL,
	MAX_REQUESTS_IN_PARALLEL,
	readRequestsInParallel,
	requestsInParallel,
} from '../../../../../nodes/Libredesk/actions/shared/requestsInParallel';
import { offlineContext } from '../../../../helpers/executeContext';

const read = (parameters: INodeParameters) =>
	readRequestsInParallel.call(offlineContext({ resource: 'team', ...parameters }));

describe('Requests in Parallel', () => {
	it('is a node setting from 1 to 50, 50 by default', () => {
		expect([DEFAULT_REQUESTS_IN_PARALLEL, MAX_REQUESTS_IN_PARALLEL]).toEqual([50, 50]);
		expect(requestsInParallel).toMatchObject({
			name: 'requestsInParallel',
			isNodeSetting: true,
			default: 50,
			typeOptions: { minValue: 1, maxValue: 50, numberPrecision: 0 },
		});
	});

	it('reads the setting, and the default for a workflow saved without it', () => {
		expect(read({ requestsInParallel: 1 })).toBe(1);
		expect(read({ requestsInParallel: 50 })).toBe(50);
		expect(read({})).toBe(50);
	});

	it.each([
		[0, 'is 0'],
		[51, 'is 51'],
		[2.5, 'is 2.5'],
		['={{ "ten" }}', 'is "ten"'],
	])('refuses %p, saying how to fix it', (value, shown) => {
		let error: (Error & { description?: string }) | undefined;
		try {
			read({ requestsInParallel: value });
		} catch (caught) {
			error = caught as Error;
		}
		expect(error?.message).toBe(`The "Requests in Parallel" setting ${shown}`);
		expect(error?.description).toBe(
			"Set it to a whole number from 1 to 50 in the node's Settings (default 50).",
		);
	});
});
