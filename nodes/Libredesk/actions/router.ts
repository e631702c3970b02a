import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { OutputWithBinary } from './operation';
import type { LibredeskOperation } from './operation';
import { operations } from './operations';

function findOperation(this: IExecuteFunctions): LibredeskOperation {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const found = operations[resource]?.[operation];
	if (!found) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of resource "${resource}" is not supported by this version of the Libredesk node`,
			{ description: 'Pick an operation from the list, or use the HTTP Request node with the Libredesk API credential.' },
		);
	}
	return found;
}

/** What a failed item becomes with "Continue On Fail": enough to act on, and no secrets. */
function errorOutput(error: NodeApiError | NodeOperationError): IDataObject {
	const libredesk = (error.context?.libredesk ?? {}) as IDataObject;
	return {
		error: error.message,
		...(error.description ? { hint: error.description } : {}),
		...(libredesk.httpCode ? { httpCode: libredesk.httpCode } : {}),
		...(libredesk.errorType ? { errorType: libredesk.errorType } : {}),
		...(libredesk.message ? { libredeskMessage: libredesk.message } : {}),
	};
}

function asNodeError(this: IExecuteFunctions, error: unknown, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(this.getNode(), error as Error, { itemIndex });
}

/**
 * The per-item loop for every operation. First every item is prepared (parameters read and
 * checked, no HTTP), so one bad item stops the node before anything is created; with Continue On
 * Fail the bad item becomes an error item instead. Then the requests run one item after another.
 */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const operation = findOperation.call(this);
	const continueOnFail = this.continueOnFail();

	const prepared: Array<{ ok: true; value: unknown } | { ok: false; error: NodeApiError | NodeOperationError }> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			prepared.push({ ok: true, value: await operation.prepare.call(this, itemIndex) });
		} catch (error) {
			const nodeError = asNodeError.call(this, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			prepared.push({ ok: false, error: nodeError });
		}
	}

	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const entry = prepared[itemIndex];
		try {
			if (!entry.ok) throw entry.error;
			const result = await operation.send.call(this, itemIndex, entry.value);
			const records = Array.isArray(result) ? result : [result];
			for (const record of records) {
				returnData.push(
					record instanceof OutputWithBinary
						? { json: record.json, binary: record.binary, pairedItem: { item: itemIndex } }
						: { json: record, pairedItem: { item: itemIndex } },
				);
			}
		} catch (error) {
			const nodeError = asNodeError.call(this, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			returnData.push({ json: errorOutput(nodeError), error: nodeError, pairedItem: { item: itemIndex } });
		}
	}
	return [returnData];
}
