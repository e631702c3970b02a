import { alreadyDone, itemRanges } from '../../../../nodes/Libredesk/actions/alreadyDone';
import type { Settled } from '../../../../nodes/Libredesk/concurrency/runInOrder';
import type { IDataObject } from 'n8n-workflow';

const ok = (value: IDataObject): Settled<IDataObject> => ({ ok: true, value });
const failed: Settled<IDataObject> = { ok: false, error: new Error('x') };

describe('itemRanges', () => {
	it('folds runs of item numbers', () => {
		expect(itemRanges([0, 1, 2, 3, 5, 7, 8, 9])).toBe('0–3, 5, 7–9');
		expect(itemRanges([4])).toBe('4');
		expect(itemRanges([])).toBe('');
	});
});

describe('alreadyDone', () => {
	it('names the created records by uuid and reference number, and what was not sent', () => {
		const done = alreadyDone(
			'create',
			[
				ok({ uuid: 'u-0', reference_number: '100' }),
				ok({ uuid: 'u-1', reference_number: '101' }),
				failed,
				undefined,
				undefined,
			],
			2,
		);
		expect(done?.text).toBe(
			'Already created in Libredesk before the run stopped (items 0–1): item 0 (uuid u-0, reference_number 100); item 1 (uuid u-1, reference_number 101). ' +
				'Running the node again on the same items creates those again: remove them from the input first, or turn on "Continue On Fail" in the node settings to get each item\'s outcome as output. ' +
				'Not sent: items 3–4.',
		);
		expect(done?.records).toEqual([
			{ itemIndex: 0, uuid: 'u-0', reference_number: '100' },
			{ itemIndex: 1, uuid: 'u-1', reference_number: '101' },
		]);
	});

	it('lists 20 records in the text and all of them in the records', () => {
		const results = [...Array.from({ length: 30 }, (_, id) => ok({ id })), failed];
		const done = alreadyDone('addNote', results, 30);
		expect(done?.records).toHaveLength(30);
		expect(done?.text).toContain(
			"item 19 (id 19); and 10 more (all in this error's details, under alreadyDone).",
		);
		expect(done?.text).not.toContain('item 20 (id 20)');
	});

	it('says "changed" for updates and mentions other failures', () => {
		const done = alreadyDone('updateStatus', [ok({ uuid: 'u-0' }), failed, failed], 1);
		expect(done?.text).toBe(
			'Already changed in Libredesk before the run stopped (item 0): item 0 (uuid u-0). Turn on "Continue On Fail" in the node settings to get each item\'s outcome as output. Also failed while it ran: item 2.',
		);
	});

	it('says nothing for reads, or when the failed item was the only one', () => {
		expect(alreadyDone('getAll', [ok({ id: 1 }), failed], 1)).toBeUndefined();
		expect(alreadyDone('search', [ok({ id: 1 }), failed], 1)).toBeUndefined();
		expect(alreadyDone('create', [failed], 0)).toBeUndefined();
		expect(alreadyDone('create', [failed, undefined], 0)?.text).toBe(
			'No other item had been created in Libredesk when item 0 failed. Not sent: item 1.',
		);
	});
});
