import type { IDataObject } from 'n8n-workflow';

import type { AttributeDefinition } from '../../../../nodes/Libredesk/transport';
import {
	checkAttributeValues,
	describeDefinitions,
} from '../../../../nodes/Libredesk/helpers/attributeValues';
import { checkerFor } from '../../../helpers/bareNode';

const definitions: AttributeDefinition[] = [
	{ key: 'code', name: 'Code', data_type: 'text', regex: '^C-\\d+$', regex_hint: 'C- and digits' },
	{ key: 'note', name: 'Note', data_type: 'text', regex: '' },
	{ key: 'broken', name: 'Broken', data_type: 'text', regex: '(' },
	{ key: 'score', name: 'Score', data_type: 'number' },
	{ key: 'vip', name: 'VIP', data_type: 'checkbox' },
	{ key: 'due', name: 'Due', data_type: 'date' },
	{ key: 'site', name: 'Site', data_type: 'link' },
	{ key: 'tier', name: 'Tier', data_type: 'list', values: ['free', 'pro'] },
	{ key: 'misc', name: 'Misc', data_type: 'whatever' },
];
const check = (values: IDataObject) =>
	checkAttributeValues(checkerFor(0), 'Custom Attributes', 'conversation', definitions, values);

describe('checkAttributeValues', () => {
	it('gives each value the form its type stores', () => {
		expect(
			check({
				code: 'C-12',
				note: 42,
				broken: 'a regex Libredesk cannot compile is skipped, as in its editor',
				score: ' -4.5 ',
				vip: 'TRUE',
				due: '2026-03-01T23:30:00+02:00',
				site: ' http://example.com/x ',
				tier: 'pro',
				misc: { any: ['thing'] },
			}),
		).toEqual({
			code: 'C-12',
			note: '42',
			broken: 'a regex Libredesk cannot compile is skipped, as in its editor',
			score: -4.5,
			vip: true,
			due: '2026-03-01',
			site: 'http://example.com/x',
			tier: 'pro',
			misc: { any: ['thing'] },
		});
		expect(check({ score: 0, vip: false, due: '2024-02-29', tier: null })).toEqual({
			score: 0,
			vip: false,
			due: '2024-02-29',
			tier: null,
		});
		expect(check({ due: new Date('2026-05-04T10:00:00Z') })).toEqual({ due: '2026-05-04' });
	});

	it.each([
		[
			{ code: 'X-1' },
			'has Code (code, text) = "X-1", which does not match its pattern ^C-\\d+$',
			'C- and digits',
		],
		[{ note: { a: 1 } }, 'has Note (note, text) = {"a":1}, not text', 'Enter text.'],
		[{ score: '' }, 'has Score (score, number) = "", not a number', 'Enter a number'],
		[{ score: Infinity }, 'has Score (score, number) = Infinity, not a number', 'Enter a number'],
		[{ vip: 1 }, 'has VIP (vip, checkbox) = 1, not true or false', 'Enter true or false.'],
		[{ due: '01/03/2026' }, 'has Due (due, date) = "01/03/2026", not a date', 'YYYY-MM-DD'],
		[{ due: '2025-02-29' }, 'has Due (due, date) = "2025-02-29", not a date', 'YYYY-MM-DD'],
		[
			{ site: 'ftp://example.com' },
			'has Site (site, link) = "ftp://example.com", not an http(s) address',
			'https://',
		],
		[
			{ site: 'example.com' },
			'has Site (site, link) = "example.com", not an http(s) address',
			'https://',
		],
		[
			{ tier: 'Pro' },
			'has Tier (tier, list) = "Pro", not one of its options',
			'Use one of: free, pro.',
		],
	])('refuses %j, saying what the type takes', (values, problem, fix) => {
		expect(() => check(values)).toThrow(`The "Custom Attributes" of item 0 ${problem}`);
		try {
			check(values);
		} catch (error) {
			expect((error as { description: string }).description).toContain(fix);
		}
	});

	it('refuses unknown keys, naming the known ones with their types', () => {
		expect(() => check({ tier: 'pro', plan: 'x', other: 1 })).toThrow(
			'The "Custom Attributes" of item 0 has keys Libredesk does not define for conversations: plan, other',
		);
		expect(describeDefinitions(definitions.slice(3, 8))).toBe(
			'score (number), vip (checkbox), due (date), site (link), tier (list: free, pro)',
		);
		expect(describeDefinitions([])).toBe('none defined yet');
	});
});
