import type { INodeParameters } from 'n8n-workflow';

import {
	DEFAULT_REQUESTS_IN_PARALLEL,
	MAX_REQUESTS_IN_PARALLEL,
	readRequestsInParallel,
	requestsInParallelSettings,
} from '../../../../nodes/Libredesk/concurrency/requestsInParallel';
import { Libredesk } from '../../../../nodes/Libredesk/Libredesk.node';
import { executeContext } from '../../../helpers/executeContext';

const OFFLINE = {
	baseUrl: 'http://127.0.0.1:9',
	apiKey: 'unused',
	apiSecret: 'unused',
	allowUnauthorizedCerts: false,
};

/** Reads the setting as a node of `version` saved with `parameters` would. */
const read = (parameters: INodeParameters, version = 1) =>
	readRequestsInParallel.call(
		executeContext(OFFLINE, { resource: 'team', ...parameters }, undefined, version),
	);

describe('Requests in Parallel', () => {
	it('is a node setting: Auto or a fixed number from 1 to 50 (50 by default)', () => {
		expect([DEFAULT_REQUESTS_IN_PARALLEL, MAX_REQUESTS_IN_PARALLEL]).toEqual([50, 50]);
		expect(requestsInParallelSettings.every((setting) => setting.isNodeSetting)).toBe(true);
		expect(requestsInParallelSettings.find((setting) => setting.type === 'number')).toMatchObject({
			name: 'requestsInParallel',
			default: 50,
			typeOptions: { minValue: 1, maxValue: 50, numberPrecision: 0 },
			displayOptions: { show: { requestsInParallelMode: ['fixed'] } },
		});
	});

	it('is Auto by default from version 1.1 on; n8n creates new nodes at the newest version', () => {
		const { version, defaultVersion } = new Libredesk().description;
		expect([version, defaultVersion]).toEqual([[1, 1.1, 1.2], 1.2]);
		expect(read({}, 1.1)).toBe('auto');
		expect(read({}, 1.2)).toBe('auto');
		expect(read({ requestsInParallelMode: 'fixed', requestsInParallel: 7 }, 1.1)).toBe(7);
		expect(read({ requestsInParallelMode: 'fixed' }, 1.1)).toBe(50);
	});

	it('keeps what a workflow saved with version 1 had: its number, else 50; Auto only if picked', () => {
		expect(read({ requestsInParallel: 1 })).toBe(1);
		expect(read({ requestsInParallel: 50 })).toBe(50);
		expect(read({})).toBe(50);
		expect(read({ requestsInParallelMode: 'auto' })).toBe('auto');
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
		expect(error?.message).toBe(`The "Requests in Parallel" number ${shown}`);
		expect(error?.description).toBe(
			`Set "Number in Parallel" to a whole number from 1 to 50 in the node's Settings (default 50), or pick Auto.`,
		);
	});

	it('refuses an unknown choice', () => {
		expect(() => read({ requestsInParallelMode: 'fast' })).toThrow(
			'The "Requests in Parallel" setting is "fast"',
		);
	});
});
