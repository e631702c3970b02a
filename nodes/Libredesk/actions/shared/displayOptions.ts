/**
 * Display options set once per operation, as n8n's own nodes do (`updateDisplayOptions` in
 * n8n-nodes-base). The "Choose from the list, or specify an ID …" text of dynamic options stays
 * written out in each field: n8n's lint rules (node-param-description-missing-from-dynamic-options)
 * read it from the literal, so a shared constant would fail lint.
 */
import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/**
 * Every field of `properties` shown under `displayOptions` as well: its `show` conditions are added
 * to the field's own (the field's own win where both name the same parameter).
 */
export function updateDisplayOptions(
	displayOptions: IDisplayOptions,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...displayOptions,
			...property.displayOptions,
			show: { ...displayOptions.show, ...property.displayOptions?.show },
		},
	}));
}
