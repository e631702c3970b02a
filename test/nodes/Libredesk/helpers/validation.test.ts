import { NodeOperationError } from 'n8n-workflow';

import {
	InputChecker,
	isBareEmail,
	referenceQuery,
	toPositiveInteger,
} from '../../../../nodes/Libredesk/helpers/validation';
import { bareNode, checkerFor } from '../../../helpers/bareNode';

const check = checkerFor(3);

describe('InputChecker', () => {
	it('takes binary property names of letters, digits, _ and -', () => {
		expect(check.propertyName('Put Output File in Field', ' file_1-a ', 'data')).toBe('file_1-a');
		expect(() => check.propertyName('Put Output File in Field', 'my file', 'data')).toThrow(
			'The "Put Output File in Field" of item 3 is "my file"',
		);
		expect(() => check.propertyName('Put Output File in Field', '', 'data')).toThrow(/is empty/);
	});

	it('accepts bare emails and lowercases them', () => {
		expect(check.email('Contact Email', '  Jane.Doe+x@Example.COM ')).toBe(
			'jane.doe+x@example.com',
		);
	});

	it.each([
		'Jane <jane@example.com>',
		'jane@',
		'@example.com',
		'a b@example.com',
		'jane..x@example.com',
		'jane@exa mple.com',
	])('rejects %p', (email) => {
		expect(isBareEmail(email)).toBe(false);
	});

	it.each([
		'jane@exa_mple.com',
		'jörg@bücher.de',
		'ops@localhost',
		'a@[192.0.2.1]',
		'{x}+tag@example.com',
	])('accepts %p like Go net/mail (Libredesk)', (email) => {
		expect(isBareEmail(email)).toBe(true);
	});

	it('drops a leading "#" and spaces from a reference number, and counts search queries in bytes', () => {
		expect(referenceQuery(' #1042 ')).toBe('1042');
		expect(referenceQuery('# 1042')).toBe('1042');
		expect(referenceQuery('jane@example.com')).toBe('jane@example.com');
		expect(check.searchQuery('Query', '€', 'Enter more.')).toBe('€');
		expect(() => check.searchQuery('Query', 'ab', 'Enter more.')).toThrow(
			'The "Query" of item 3 has 2 characters',
		);
	});

	it('names the field and the item, and carries the item index', () => {
		let error: unknown;
		try {
			check.requiredText('First Name', '', 'Enter it.');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(NodeOperationError);
		// It used to end in " [item 3]" as well: the item is named once (issue 10).
		expect((error as NodeOperationError).message).toBe('The "First Name" of item 3 is empty');
		expect((error as NodeOperationError).context.itemIndex).toBe(3);
		expect((error as NodeOperationError).description).toBe('Enter it.');
	});

	it('without an item (a trigger), names only the field', () => {
		const trigger = new InputChecker(bareNode);
		expect(() => trigger.idList('Team Names or IDs', ['billing'], 'Pick from the list.')).toThrow(
			'The "Team Names or IDs" contains "billing", which is not a positive whole number',
		);
		let error: NodeOperationError | undefined;
		try {
			trigger.idList('Team Names or IDs', [0], 'Pick from the list.');
		} catch (caught) {
			error = caught as NodeOperationError;
		}
		expect(error?.context.itemIndex).toBeUndefined();
		expect(error?.description).toBe('Pick from the list.');
	});

	it('describes a wrong kind of value grammatically, never as [object Object]', () => {
		expect(() => check.optionalText('Subject', { a: 1 })).toThrow(
			'The "Subject" of item 3 is an object, not text',
		);
		expect(() => check.optionalText('Subject', [1])).toThrow(
			'The "Subject" of item 3 is a list, not text',
		);
		expect(() => check.optionalText('Subject', true)).toThrow(
			'The "Subject" of item 3 is a boolean, not text',
		);
		expect(() => check.jsonObject('Custom Attributes', '"x"', 'fix')).toThrow(
			'is a string, not a JSON object',
		);
		expect(() => check.nameList('Tag Names or IDs', { name: 'vip' })).toThrow(
			'The "Tag Names or IDs" of item 3 is an object, not a list of names',
		);
	});

	it('counts characters, not UTF-16 units, against a length limit', () => {
		expect(check.optionalText('First Name', '😀'.repeat(140), 140)).toHaveLength(280);
		expect(() => check.optionalText('First Name', '😀'.repeat(141), 140)).toThrow(
			'is 141 characters long',
		);
	});

	it('names a repeated name once', () => {
		expect(check.nameList('Binary Properties', 'data, data ,photo')).toEqual(['data', 'photo']);
		expect(check.nameList('Tag Names or IDs', ['vip', 'vip'])).toEqual(['vip']);
	});

	it('parses ID lists in every form', () => {
		expect(check.idList('IDs', '1, 2,,3 ', 'fix')).toEqual([1, 2, 3]);
		expect(check.idList('IDs', [4, '5'], 'fix')).toEqual([4, 5]);
		expect(check.idList('IDs', 6, 'fix')).toEqual([6]);
		expect(check.idList('IDs', '', 'fix')).toEqual([]);
		expect(() => check.idList('IDs', '1, -2', 'fix')).toThrow(/contains "-2"/);
	});

	it('parses JSON objects from text or objects', () => {
		expect(check.jsonObject('Attrs', '{"a":1}', 'fix')).toEqual({ a: 1 });
		expect(check.jsonObject('Attrs', { b: 2 }, 'fix')).toEqual({ b: 2 });
		expect(check.jsonObject('Attrs', '', 'fix')).toEqual({});
		expect(() => check.jsonObject('Attrs', '"text"', 'fix')).toThrow(
			/is a string, not a JSON object/,
		);
	});

	it('toPositiveInteger', () => {
		expect([
			toPositiveInteger('7'),
			toPositiveInteger(7),
			toPositiveInteger('7.0'),
			toPositiveInteger(0),
			toPositiveInteger(2 ** 60),
		]).toEqual([7, 7, undefined, undefined, undefined]);
	});
});
