/**
 * Get Many for Libredesk's small lists (agents, teams, inboxes, custom attribute definitions):
 * one request for a plain array, filtered and limited here, as flows need them for routing or to
 * map names to IDs.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { libredeskList } from '../../transport';
import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { fieldCollection, returnAllAndLimit } from './descriptions';
import { readLimit } from './listReaders';
import { resourceProperties } from './resourceProperties';

export interface LookupList {
	resource: string;
	endpoint: string;
	/** Options shown in a "Filters" collection; their values reach `query` and `keep`. */
	filters?: INodeProperties[];
	query?: (filters: IDataObject) => IDataObject | undefined;
	keep?: (record: IDataObject, filters: IDataObject) => boolean;
	/** What each record becomes in the output (e.g. without fields that do not belong there). */
	output?: (record: IDataObject) => IDataObject;
}

export interface LookupRequest {
	filters: IDataObject;
	limit?: number;
}

export function lookupListOperation(list: LookupList): LibredeskOperation<LookupRequest> {
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
			request: LookupRequest,
		): Promise<IDataObject[]> {
			const records = await libredeskList.call(this, {
				method: 'GET',
				endpoint: list.endpoint,
				qs: list.query?.(request.filters),
				itemIndex,
			});
			const kept = records
				.filter((record) => list.keep?.(record, request.filters) ?? true)
				.map((record) => list.output?.(record) ?? record);
			return request.limit === undefined ? kept : kept.slice(0, request.limit);
		},
	};
}

const lookupOperationOptions = [
	{ name: 'Get Many', value: 'getAll' },
] as const satisfies readonly INodePropertyOptions[];

/** The operations of a resource that only lists. */
export type LookupOperations = Record<
	OperationValue<typeof lookupOperationOptions>,
	LibredeskOperation
>;

/** The Operation field and parameters of a resource that only lists. */
export function lookupResourceDescription(
	resource: string,
	plural: string,
	what: string,
	operations: LookupOperations,
): INodeProperties[] {
	const options = lookupOperationOptions.map((option) => ({
		...option,
		action: `Get many ${plural}`,
		description: what,
	}));
	return resourceProperties(resource, options, 'getAll', operations);
}
