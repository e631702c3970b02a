/**
 * Get Many for Libredesk's small lists (agents, teams, inboxes, custom attribute definitions):
 * one request for a plain array, filtered and limited here, as flows need them for routing or to
 * map names to IDs.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { libredeskList } from '../../transport';
import type { LibredeskOperation } from '../operationTypes';
import { fieldCollection, returnAllAndLimit } from './descriptions';
import { readLimit } from './limitAndOrder';

export interface UnpagedList {
	endpoint: string;
	/** Options shown in a "Filters" collection; their values reach `query` and `keep`. */
	filters?: INodeProperties[];
	/** The query string; several of them are several requests whose records are joined in order. */
	query?: (filters: IDataObject) => IDataObject | IDataObject[] | undefined;
	/** The permission Libredesk wants for the list, named in the hint of a 403. */
	permission?: string;
	keep?: (record: IDataObject, filters: IDataObject) => boolean;
	/** What each record becomes in the output (e.g. without fields that do not belong there). */
	output?: (record: IDataObject) => IDataObject;
}

export interface UnpagedGetManyRequest {
	filters: IDataObject;
	limit?: number;
}

export function unpagedGetManyOperation(
	list: UnpagedList,
): LibredeskOperation<UnpagedGetManyRequest> {
	return {
		description: [
			...returnAllAndLimit(),
			...(list.filters ? [fieldCollection('filters', 'Filters', 'Add Filter', list.filters)] : []),
		],
		async prepare(this: IExecuteFunctions, itemIndex: number) {
			const check = new InputChecker(this.getNode(), itemIndex);
			return {
				filters: list.filters
					? (this.getNodeParameter('filters', itemIndex, {}) as IDataObject)
					: {},
				limit: readLimit.call(this, check, itemIndex),
			};
		},
		async send(
			this: IExecuteFunctions,
			itemIndex: number,
			request: UnpagedGetManyRequest,
		): Promise<IDataObject[]> {
			const query = list.query?.(request.filters);
			const records: IDataObject[] = [];
			for (const qs of Array.isArray(query) ? query : [query])
				records.push(
					...(await libredeskList.call(this, {
						method: 'GET',
						endpoint: list.endpoint,
						qs,
						itemIndex,
						permission: list.permission,
					})),
				);
			const kept = records
				.filter((record) => list.keep?.(record, request.filters) ?? true)
				.map((record) => list.output?.(record) ?? record);
			return request.limit === undefined ? kept : kept.slice(0, request.limit);
		},
	};
}
