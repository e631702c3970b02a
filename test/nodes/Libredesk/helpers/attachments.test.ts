import type { INodeExecutionData } from 'n8n-workflow';

import { attachmentIds, binaryUploads } from '../../../../nodes/Libredesk/helpers/attachments';
import { checkerFor } from '../../../helpers/bareNode';
import { executeContext } from '../../../helpers/executeContext';
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';

const ctx = useSimulator();
const base64 = (text: string) => Buffer.from(text).toString('base64');
const item: INodeExecutionData = {
	json: {},
	binary: {
		invoice: { data: base64('%PDF'), mimeType: 'application/pdf', fileName: 'invoice.pdf' },
		data: { data: base64('raw'), mimeType: '' },
	},
};
const uploadsOf = (items: INodeExecutionData[], names: unknown) =>
	binaryUploads.call(executeContext(credentialsFor(ctx.sim), {}, items), checkerFor(0), 0, names);

beforeEach(() => ctx.sim.clearRequests());

describe('binaryUploads', () => {
	it('reads the named binary properties, in the order named, without any request', async () => {
		expect(await uploadsOf([item], 'data, invoice, data')).toEqual([
			// No file name or type: the property's name, and a type that means "some bytes".
			{ data: Buffer.from('raw'), fileName: 'data', mimeType: 'application/octet-stream' },
			{ data: Buffer.from('%PDF'), fileName: 'invoice.pdf', mimeType: 'application/pdf' },
		]);
		expect(await uploadsOf([item], '')).toEqual([]);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('a name the item lacks is refused, listing the names it has', async () => {
		const error = (await uploadsOf([item], ['invoice', 'receipt']).catch(
			(caught: Error) => caught,
		)) as Error & { description?: string };
		expect(error.message).toBe(
			'The "Binary Properties" of item 0 names "receipt", but the item has no binary property of that name',
		);
		expect(error.description).toBe(
			'Use the name of a binary property of the input item (it has: invoice, data).',
		);
	});

	it('an item without binary data says so', async () => {
		const error = (await uploadsOf([{ json: {} }], 'data').catch(
			(caught: Error) => caught,
		)) as Error & { description?: string };
		expect(error.description).toBe(
			'Use the name of a binary property of the input item; this item has no binary data at all.',
		);
	});
});

describe('attachmentIds', () => {
	it('uploads the files and gives their media IDs after the IDs given directly', async () => {
		const before = ctx.sim.state.media.length;
		const uploads = await uploadsOf([item], 'invoice, data');
		const ids = await attachmentIds.call(executeContext(credentialsFor(ctx.sim)), 0, [12], uploads);
		const created = ctx.sim.state.media.slice(before);
		expect(created.map((media) => media.filename)).toEqual(['invoice.pdf', 'data']);
		expect(ids).toEqual([12, ...created.map((media) => media.id)]);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/media')).toHaveLength(2);
	});

	it('without files it sends nothing and keeps the given IDs', async () => {
		expect(
			await attachmentIds.call(executeContext(credentialsFor(ctx.sim)), 0, [3, 4], []),
		).toEqual([3, 4]);
		expect(ctx.sim.requests).toHaveLength(0);
	});
});
