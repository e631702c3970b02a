/**
 * After a change Libredesk carried out, the node reads the record again for its output. When only
 * that read fails, the error must still say the change was made: the user would otherwise run the
 * item again (and a macro, for one, applies its actions again).
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

export async function readAfterChange<T>(changed: string, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (error) {
		if (error instanceof NodeApiError || error instanceof NodeOperationError) {
			error.message = `${changed}, but reading it back failed: ${error.message}`;
			error.description = [
				`${changed} already: look in Libredesk, and do not run the item again for this change.`,
				error.description,
			]
				.filter(Boolean)
				.join(' ');
		}
		throw error;
	}
}
