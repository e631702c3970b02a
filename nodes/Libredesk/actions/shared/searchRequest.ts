import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { libredeskApiRequest } from '../../transport';
import type { LibredeskRequest } from '../../transport';

/** `send` of a Search operation: Libredesk's search endpoints take `query` and answer a plain list. */
export function searchRequest(endpoint: string, permission: LibredeskRequest['permission']) {
	return async function send(
		this: IExecuteFunctions,
		itemIndex: number,
		request: { query: string },
	): Promise<IDataObject[]> {
		return ((await libredeskApiRequest.call(this, {
			method: 'GET',
			endpoint,
			qs: { query: request.query },
			itemIndex,
			permission,
		})) ?? []) as IDataObject[];
	};
}
