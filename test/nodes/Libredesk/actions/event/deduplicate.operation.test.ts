/**
 * Event → Deduplicate through the whole node (n8n-core's ExecuteContext and its deduplication
 * helpers over test/helpers/processedData.ts, which races as n8n's store does): each event ID
 * passes once, also when executions overlap, as the two Libredesk triggers' runs do.
 */
import { DataDeduplicationService } from 'n8n-core';
import type { INodeExecutionData } from 'n8n-workflow';

import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { processedDataStore } from '../../../../helpers/processedData';

const offline = {
	baseUrl: 'http://127.0.0.1:9',
	apiKey: 'unused',
	apiSecret: 'unused',
	allowUnauthorizedCerts: false,
};
const node = (options = {}) =>
	libredeskNode(
		{ resource: 'event', operation: 'deduplicate', options },
		{ id: 'dedupe-node', typeVersion: 1.2 },
	);
const items = (...ids: string[]): INodeExecutionData[] =>
	ids.map((id) => ({ json: { event_id: id, event: 'conversation.created' } }));
const passed = (output: INodeExecutionData[]) => output.map((item) => item.json.event_id);

beforeEach(async () => {
	await processedDataStore();
});

describe('Event → Deduplicate', () => {
	it('passes an event ID the first time only, across executions and within one', async () => {
		expect(passed(await runNode(node(), items('a', 'b', 'a'), offline))).toEqual(['a', 'b']);
		expect(passed(await runNode(node(), items('b', 'c'), offline))).toEqual(['c']);
	});

	it('keeps the item whole, with its files, paired with its input', async () => {
		const input: INodeExecutionData[] = [
			{
				json: { event_id: 'f', payload: { uuid: 'u' } },
				binary: { file: { data: 'aGk=', mimeType: 'text/plain', fileName: 'hi.txt' } },
			},
		];
		const [item] = await runNode(node(), input, offline);
		expect(item.json).toEqual(input[0].json);
		expect(item.binary?.file.fileName).toBe('hi.txt');
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('passes each of 40 events once when 80 executions (two per event) run at the same time', async () => {
		const ids = Array.from({ length: 40 }, (_, index) => `conversation.created:${index}`);
		const runs = await Promise.all(
			[...ids, ...ids].map(async (id) => passed(await runNode(node(), items(id), offline))),
		);
		const all = runs.flat();
		expect(all.sort()).toEqual([...ids].sort());
		// Nothing forgotten either: a later copy of any of them is dropped.
		expect(passed(await runNode(node(), items(...ids), offline))).toEqual([]);
	});

	it("n8n's store alone, checked by overlapping executions, passes keys twice and forgets some (what the operation guards against)", async () => {
		const service = DataDeduplicationService.getInstance();
		const context = { workflow: { id: 'test-workflow', active: true }, node: node() };
		const options = { mode: 'entries' as const, maxEntries: 10000 };
		const ids = Array.from({ length: 20 }, (_, index) => `k${index}`);
		const first = await Promise.all(
			[...ids, ...ids].map(
				async (id) => (await service.checkProcessedAndRecord([id], 'node', context, options)).new,
			),
		);
		expect(first.flat().length).toBeGreaterThan(ids.length);
		const later = await service.checkProcessedAndRecord(ids, 'node', context, options);
		expect(later.new.length).toBeGreaterThan(0);
	});

	it('records an ID again when another n8n process wrote the history at the same moment and dropped it', async () => {
		const store = await processedDataStore();
		let stale = 1;
		store.afterWrite = (key, before) => {
			// The first write is undone at once by a process that had read the history before it.
			if (stale-- > 0) store.rows.set(key, before);
		};
		expect(passed(await runNode(node(), items('w'), offline))).toEqual(['w']);
		expect(passed(await runNode(node(), items('w'), offline))).toEqual([]);
	});

	it('passes the items it recorded even when checking the history again fails', async () => {
		const store = await processedDataStore();
		store.failFrom = 2;
		expect(passed(await runNode(node(), items('r1', 'r2'), offline))).toEqual(['r1', 'r2']);
		store.failFrom = undefined;
		expect(passed(await runNode(node(), items('r1', 'r2'), offline))).toEqual([]);
	});

	it('refuses an empty Event ID before recording anything, naming the item and the field', async () => {
		const input = [...items('x'), { json: { event: 'conversation.created' } }];
		await expect(runNode(node(), input, offline)).rejects.toThrow(
			'The "Event ID" of item 1 is empty',
		);
		expect(passed(await runNode(node(), items('x'), offline))).toEqual(['x']);
	});

	it('refuses a History Size under 100', async () => {
		await expect(runNode(node({ historySize: 5 }), items('x'), offline)).rejects.toThrow(
			'The "History Size" of item 0 is 5',
		);
	});

	it('forgets the oldest IDs beyond History Size', async () => {
		const ids = Array.from({ length: 101 }, (_, index) => `h${index}`);
		expect(passed(await runNode(node({ historySize: 100 }), items(...ids), offline))).toHaveLength(
			101,
		);
		expect(passed(await runNode(node({ historySize: 100 }), items('h0', 'h100'), offline))).toEqual(
			['h0'],
		);
	});
});
