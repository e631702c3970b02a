/**
 * After a change Libredesk carried out, the node reads the record again for its output. When only
 * that read fails, the error must still say the change was made: the user would otherwise run the
 * item again (and a macro, for one, applies its actions again).
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

export async function readAfterChange(
	this: IExecuteFunctions,
	changed: string,
	read: () => Promise<IDataObject>,
): Promise<IDataObject> {
	try {
		return await read();
	} catch (error) {
		const failure =
			error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(this.getNode(), error as Error);
		failure.message = `${changed}, but reading it back failed: ${failure.message}`;
		failure.description = [
			`${changed} already: look in Libredesk, and do not run the item again for this change.`,
			failure.description,
		]
			.filter(Boolean)
			.join(' ');
		throw failure;
	}
}
