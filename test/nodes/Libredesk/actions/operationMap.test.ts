import * as conversationGet from '../../../../nodes/Libredesk/actions/conversation/get.operation';
import * as teamGetAll from '../../../../nodes/Libredesk/actions/team/getAll.operation';
import {
	findOperation,
	operations,
	resourceOptions,
} from '../../../../nodes/Libredesk/actions/operationMap';

describe('operationMap', () => {
	it('routes every resource the Resource field offers, and no other', () => {
		expect(Object.keys(operations).sort()).toEqual(
			resourceOptions.map((option) => option.value).sort(),
		);
	});

	it("finds a resource's operation module", () => {
		expect(findOperation('conversation', 'get')?.send).toBe(conversationGet.send);
		expect(findOperation('team', 'getAll')?.prepare).toBe(teamGetAll.prepare);
	});

	it.each([
		['conversation', 'archive'],
		['ticket', 'get'],
		['', ''],
		// Names every object has must not reach its prototype (a workflow could be saved with them).
		['constructor', 'get'],
		['__proto__', 'get'],
		['conversation', 'toString'],
		['conversation', 'hasOwnProperty'],
	])('has nothing for resource %p, operation %p', (resource, operation) => {
		expect(findOperation(resource, operation)).toBeUndefined();
	});
});
