import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { pacing, readRequestsInParallel, runInOrder } from '../concurrency';
import type { Settled } from '../concurrency';
import { alreadyDone } from './alreadyDone';
import { OutputWithBinary } from './operationTypes';
import type { LibredeskOperation, OperationOutput } from './operationTypes';
import { findOperation as findModule } from './operationMap';

type NodeError = NodeApiError | NodeOperationError;

function findOperation(this: IExecuteFunctions): { name: string; operation: LibredeskOperation } {
	const resource = this.getNodeParameter('resource', 0) as string;
	const name = this.getNodeParameter('operation', 0) as string;
	const operation = findModule(resource, name);
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${name}" of resource "${resource}" is not supported by this version of the Libredesk node`,
			{
				description:
					'Pick an operation from the list, or use the HTTP Request node with the Libredesk API credential.',
			},
		);
	}
	return { name, operation };
}

/** What a failed item becomes with "Continue On Fail": enough to act on, and no secrets. */
function errorOutput(error: NodeError): IDataObject {
	const libredesk = (error.context?.libredesk ?? {}) as IDataObject;
	return {
		error: error.message,
		...(error.description ? { hint: error.description } : {}),
		...(libredesk.httpCode ? { httpCode: libredesk.httpCode } : {}),
		...(libredesk.errorType ? { errorType: libredesk.errorType } : {}),
		...(libredesk.message ? { libredeskMessage: libredesk.message } : {}),
	};
}

function asNodeError(this: IExecuteFunctions, error: unknown, itemIndex: number): NodeError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(this.getNode(), error as Error, { itemIndex });
}

type Result = OperationOutput | OperationOutput[];

/**
 * n8n needs an object per item, but Libredesk may answer a write `{"status":"success","data":null}`:
 * the item then says so instead of being null (the change was made; there is just no record).
 */
function asJson(record: unknown): IDataObject {
	if (record !== null && typeof record === 'object' && !Array.isArray(record))
		return record as IDataObject;
	return {
		success: true,
		libredesk_data: (record ?? null) as IDataObject[string],
		note: 'Libredesk reported success but sent no record back; look in Libredesk for it',
	};
}

/**
 * The per-item loop for every operation. First every item is prepared (parameters read and
 * checked, reads only), so one bad item stops the node before anything is written; with Continue On
 * Fail the bad item becomes an error item instead. Then the items are sent, up to "Requests in
 * Parallel" at a time (a fixed number, or Auto's limit: pacing.ts), started in input order; the
 * output keeps the input order.
 * Without Continue On Fail the first failure stops the run: nothing more is started, the requests
 * already under way are awaited, and the error of the first failed item (in input order) names
 * what Libredesk had already done, so that a re-run does not create it twice.
 */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const { name, operation } = findOperation.call(this);
	const continueOnFail = this.continueOnFail();
	const pace = pacing.call(this, readRequestsInParallel.call(this));

	const prepared: Array<{ ok: true; value: unknown } | { ok: false; error: NodeError }> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			prepared.push({ ok: true, value: await operation.prepare.call(this, itemIndex) });
		} catch (error) {
			const nodeError = asNodeError.call(this, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			prepared.push({ ok: false, error: nodeError });
		}
	}

	let failed = false;
	const cancel = this.getExecutionCancelSignal?.();
	const results = await runInOrder<Result>(
		items.length,
		pace.limit,
		async (itemIndex) => {
			const entry = prepared[itemIndex];
			try {
				if (!entry.ok) throw entry.error;
				return await pace.send(async () => await operation.send.call(this, itemIndex, entry.value));
			} catch (error) {
				if (!continueOnFail) failed = true;
				throw asNodeError.call(this, error, itemIndex);
			}
		},
		() => failed || cancel?.aborted === true,
	);

	pace.report(results.filter(Boolean).length);
	if (failed) throw stopError(name, results);

	const returnData: INodeExecutionData[] = [];
	results.forEach((settled, itemIndex) => {
		if (!settled) return;
		if (!settled.ok) {
			const error = settled.error as NodeError;
			returnData.push({ json: errorOutput(error), error, pairedItem: { item: itemIndex } });
			return;
		}
		for (const record of Array.isArray(settled.value) ? settled.value : [settled.value]) {
			returnData.push(
				record instanceof OutputWithBinary
					? { json: record.json, binary: record.binary, pairedItem: { item: itemIndex } }
					: { json: asJson(record), pairedItem: { item: itemIndex } },
			);
		}
	});
	return [returnData];
}

/** The error of the first failed item, telling what the other items had already done. */
function stopError(operationName: string, results: Array<Settled<Result>>): NodeError {
	const firstFailed = results.findIndex((settled) => settled?.ok === false);
	const error = (results[firstFailed] as { error: NodeError }).error;
	const done = alreadyDone(operationName, results, firstFailed);
	if (done) {
		error.description = [error.description, done.text].filter(Boolean).join('\n\n');
		error.context.alreadyDone = done.records;
	}
	return error;
}
