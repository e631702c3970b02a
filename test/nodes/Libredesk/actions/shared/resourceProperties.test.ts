import type { INodeProperties } from 'n8n-workflow';

import type { LibredeskOperation } from '../../../../../nodes/Libredesk/actions/operationTypes';
import { resourceProperties } from '../../../../../nodes/Libredesk/actions/shared/resourceProperties';

const field = (name: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName: name,
	name,
	type: 'string',
	default: '',
	...extra,
});

const operation = (description: INodeProperties[]): LibredeskOperation => ({
	description,
	prepare: async () => ({}),
	send: async () => ({}),
});

const options = [
	{ name: 'Get', value: 'get' },
	{ name: 'Update', value: 'update' },
];

describe('resourceProperties', () => {
	const properties = resourceProperties('contact', options, 'get', {
		get: operation([field('contactId')]),
		update: operation([
			field('contactId'),
			field('email', { displayOptions: { show: { mode: ['email'] }, hide: { x: [true] } } }),
		]),
	});

	it('starts with the Operation field of the resource, with its default', () => {
		expect(properties[0]).toMatchObject({
			name: 'operation',
			default: 'get',
			options,
			displayOptions: { show: { resource: ['contact'] } },
		});
	});

	it('shows each field only for its own resource and operation', () => {
		expect(properties.slice(1).map((p) => [p.name, p.displayOptions?.show?.operation])).toEqual([
			['contactId', ['get']],
			['contactId', ['update']],
			['email', ['update']],
		]);
		expect(
			properties.slice(1).every((p) => p.displayOptions?.show?.resource?.[0] === 'contact'),
		).toBe(true);
	});

	it("keeps a field's own conditions next to the operation's", () => {
		expect(properties[3].displayOptions).toEqual({
			show: { resource: ['contact'], operation: ['update'], mode: ['email'] },
			hide: { x: [true] },
		});
	});
});
