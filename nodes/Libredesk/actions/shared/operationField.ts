import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The Operation field of one resource: its options, shown only while that resource is picked. */
export function operationField(
	resource: string,
	options: readonly INodePropertyOptions[],
	defaultOperation: string,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [...options],
		default: defaultOperation,
	};
}
