/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * n8n's record of processed items for tests, behind n8n-core's DataDeduplicationService. It works
 * as n8n's own (packages/cli's DeduplicationHelper, mode "entries"): read the node's whole history
 * row, add the new keys, write the row back, with the database's waits in between and no lock.
 * So concurrent checks can both pass a key and one write can drop the other's, as in n8n.
 */
import { createHash } from 'crypto';
import { DataDeduplicationService } from 'n8n-core';
import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedContextData,
	ICheckProcessedOptions,
	IDataDeduplicator,
	IDeduplicationOutput,
} from 'n8n-workflow';

const hash = (value: DeduplicationItemTypes) =>
	createHash('md5').update(String(value)).digest('base64');
/** One database round trip. */
const roundTrip = () => new Promise((done) => setTimeout(done, 2));

class RowStore implements IDataDeduplicator {
	readonly rows = new Map<string, string[]>();
	/**
	 * Called after each write with the row as it was before it: a test can write that old row back,
	 * as another n8n process that read it earlier would.
	 */
	afterWrite?: (key: string, before: string[]) => void;
	/** Checks from this one on fail, as a database that went away would. */
	failFrom?: number;
	checks = 0;

	private key(scope: DeduplicationScope, context: ICheckProcessedContextData) {
		return `${context.workflow.id}/${scope === 'node' ? `n:${context.node?.id}` : ''}`;
	}

	async checkProcessedAndRecord(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<IDeduplicationOutput> {
		const key = this.key(scope, context);
		if (this.failFrom !== undefined && ++this.checks >= this.failFrom)
			throw new Error('connection to the database lost');
		await roundTrip();
		const row = [...(this.rows.get(key) ?? [])];
		const known = new Set(row);
		const output: IDeduplicationOutput = { new: [], processed: [] };
		for (const item of items) {
			if (known.has(hash(item))) output.processed.push(item);
			else {
				output.new.push(item);
				row.push(hash(item));
			}
		}
		if (options.maxEntries) row.splice(0, row.length - options.maxEntries);
		await roundTrip();
		const before = this.rows.get(key) ?? [];
		this.rows.set(key, row);
		this.afterWrite?.(key, before);
		return output;
	}

	async removeProcessed(): Promise<void> {}

	async clearAllProcessedItems(): Promise<void> {
		this.rows.clear();
	}

	async getProcessedDataCount(
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
	): Promise<number> {
		return this.rows.get(this.key(scope, context))?.length ?? 0;
	}
}

let store: RowStore | undefined;

/** The store n8n-core's deduplication helpers use in this test process (emptied). */
export async function processedDataStore(): Promise<RowStore> {
	if (!store) {
		store = new RowStore();
		await DataDeduplicationService.init(store);
	}
	store.rows.clear();
	store.afterWrite = undefined;
	store.failFrom = undefined;
	store.checks = 0;
	return store;
}
