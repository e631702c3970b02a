import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation } from '../operationTypes';
import { updateDisplayOptions } from './displayOptions';
import { operationField } from './operationField';

/**
 * A resource's part of the node: its Operation field, then each operation's fields shown only for
 * that resource and operation. Display options are set here, once per operation, so an operation's
 * fields carry only their own conditions.
 */
export function resourceProperties(
	resource: string,
	options: readonly INodePropertyOptions[],
	defaultOperation: string,
	operations: Record<string, LibredeskOperation>,
): INodeProperties[] {
	return [
		operationField(resource, options, defaultOperation),
		...Object.entries(operations).flatMap(([operation, module]) =>
			updateDisplayOptions(
				{ show: { resource: [resource], operation: [operation] } },
				module.description,
			),
		),
	];
}
