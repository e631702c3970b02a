import type { INodeProperties, INodePropertyRegexValidation } from 'n8n-workflow';

import {
	contactLocator,
	contentFields,
	conversationLocator,
	fieldCollection,
	orderOptions,
	returnAllAndLimit,
	simplifyField,
} from '../../../../../nodes/Libredesk/actions/shared/descriptions';

/** Whether the editor accepts `value` in a resource locator's mode (its regex validation). */
function accepts(locator: INodeProperties, mode: string, value: string): boolean {
	const validation = locator.modes?.find((candidate) => candidate.name === mode)?.validation?.[0];
	return new RegExp((validation as INodePropertyRegexValidation).properties.regex).test(value);
}

describe('conversationLocator', () => {
	const locator = conversationLocator();

	it('offers From List (searchable), By UUID and By Reference Number, with no display conditions of its own', () => {
		expect(locator).toMatchObject({
			name: 'conversationId',
			type: 'resourceLocator',
			required: true,
			description: 'The conversation to work on',
		});
		expect(locator.displayOptions).toBeUndefined();
		expect(locator.modes?.map((mode) => mode.name)).toEqual(['list', 'id', 'reference']);
		expect(locator.modes?.[0].typeOptions).toEqual({
			searchListMethod: 'searchConversations',
			searchable: true,
		});
		expect(conversationLocator('The conversation to reply in').description).toBe(
			'The conversation to reply in',
		);
	});

	it.each([
		['id', '5b0c8e8e-3f2a-4c1d-9e8f-0a1b2c3d4e5f', true],
		['id', ' 5B0C8E8E-3F2A-4C1D-9E8F-0A1B2C3D4E5F ', true],
		['id', '104', false],
		['id', '5b0c8e8e-3f2a-4c1d-9e8f', false],
		['reference', '#123', true],
		['reference', ' # 123 ', true],
		['reference', '123', true],
		['reference', '#', false],
		['reference', '12a', false],
	])('mode %s takes %p: %p', (mode, value, ok) => {
		expect(accepts(locator, mode, value)).toBe(ok);
	});
});

describe('contactLocator', () => {
	const locator = contactLocator();

	it('offers From List (searching contacts) and By ID', () => {
		expect(locator.name).toBe('contactId');
		expect(locator.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		expect(locator.modes?.[0].typeOptions?.searchListMethod).toBe('searchContacts');
		expect(locator.displayOptions).toBeUndefined();
	});

	it.each([
		['42', true],
		[' 7 ', true],
		['0', false],
		['042', false],
		['-1', false],
		['4.2', false],
	])('By ID takes %p: %p', (value, ok) => {
		expect(accepts(locator, 'id', value)).toBe(ok);
	});
});

describe('fieldCollection', () => {
	it('is an empty collection of the given options, with a description only when given', () => {
		const options: INodeProperties[] = [
			{ displayName: 'A', name: 'a', type: 'string', default: '' },
		];
		expect(fieldCollection('filters', 'Filters', 'Add Filter', options)).toEqual({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options,
		});
		expect(
			fieldCollection('filters', 'Filters', 'Add Filter', options, 'Narrow the list').description,
		).toBe('Narrow the list');
	});
});

describe('returnAllAndLimit', () => {
	it('shows Limit (at least 1, default 50) only while Return All is off', () => {
		const [returnAll, limit] = returnAllAndLimit();
		expect(returnAll).toMatchObject({ name: 'returnAll', type: 'boolean', default: false });
		expect(limit).toMatchObject({
			name: 'limit',
			default: 50,
			typeOptions: { minValue: 1 },
			displayOptions: { show: { returnAll: [false] } },
		});
	});
});

describe('orderOptions', () => {
	it('offers the given columns by label, the default column and descending order', () => {
		const options = orderOptions({ 'Created At': 'created_at', Email: 'email' }, 'email');
		const [order, orderBy] = options.options as INodeProperties[];
		expect(order).toMatchObject({ name: 'order', default: 'desc' });
		expect(orderBy).toMatchObject({
			name: 'orderBy',
			default: 'email',
			options: [
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Email', value: 'email' },
			],
		});
	});
});

describe('simplifyField', () => {
	it('is on by default and names the fields it keeps', () => {
		const field = simplifyField(['uuid', 'status']);
		expect(field.default).toBe(true);
		expect(field.description).toBe(
			'Whether to return a simplified version of the response instead of the raw data (only uuid, status)',
		);
	});
});

describe('contentFields', () => {
	it('asks for the content, described for its use, and its format (HTML by default)', () => {
		const [content, format] = contentFields('The reply');
		expect(content).toMatchObject({ name: 'content', required: true });
		expect(content.displayOptions).toBeUndefined();
		expect(content.description).toMatch(/^The reply\. With Content Format "HTML"/);
		expect(format.default).toBe('html');
		expect(format.options?.map((option) => (option as { value: string }).value)).toEqual([
			'html',
			'text',
		]);
	});
});
