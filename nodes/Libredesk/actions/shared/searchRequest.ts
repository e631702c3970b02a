import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { libredeskList } from '../../transport';
import type { LibredeskRequest } from '../../transport';
import type { LibredeskOperation } from '../operationTypes';

/** `send` of a Search operation: Libredesk's search endpoints take `query` and answer a plain list. */
export function searchRequest(endpoint: string, permission: LibredeskRequest['permission']) {
	return async function send(
		this: IExecuteFunctions,
		itemIndex: number,
		request: { query: string },
	): Promise<IDataObject[]> {
		return await libredeskList.call(this, {
			method: 'GET',
			endpoint,
			qs: { query: request.query },
			itemIndex,
			permission,
		});
	};
}

export interface SearchOperation {
	/** The query field as the user sees it (it is always named `query`). */
	field: Pick<INodeProperties, 'displayName' | 'placeholder' | 'description'>;
	/** How to fix an empty query. */
	fix: string;
	endpoint: string;
	permission: LibredeskRequest['permission'];
	/** Turns the value as entered into the query sent (e.g. "#123" → "123"). */
	readQuery?: (value: unknown) => unknown;
	/** What each hit becomes in the output. */
	output?: (hit: IDataObject) => IDataObject;
}

/** A Search operation: one query field, checked for Libredesk's 3 bytes, one item per hit. */
export function searchOperation(search: SearchOperation): LibredeskOperation<{ query: string }> {
	const send = searchRequest(search.endpoint, search.permission);
	return {
		description: [{ ...search.field, name: 'query', type: 'string', default: '', required: true }],
		async prepare(this: IExecuteFunctions, itemIndex: number) {
			const check = new InputChecker(this.getNode(), itemIndex);
			const value = this.getNodeParameter('query', itemIndex);
			return {
				query: check.searchQuery(
					search.field.displayName,
					search.readQuery ? search.readQuery(value) : value,
					search.fix,
				),
			};
		},
		async send(this: IExecuteFunctions, itemIndex: number, request: { query: string }) {
			const hits = await send.call(this, itemIndex, request);
			return search.output ? hits.map(search.output) : hits;
		},
	};
}
