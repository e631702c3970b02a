/**
 * The "Custom Attributes" JSON field of the two Update Custom Attributes operations, on node
 * versions 1 and 1.1 (from 1.2 they have typedAttributesFields).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputChecker } from '../../helpers/validation';
import { untypedVersions } from './typedAttributesFields';

/** What both operations send: the attributes, through the conversation with this UUID. */
export interface CustomAttributesRequest {
	uuid: string;
	attributes: IDataObject;
}

export function customAttributesField(description: string): INodeProperties {
	return {
		displayName: 'Custom Attributes',
		name: 'customAttributes',
		type: 'json',
		default: '{}',
		required: true,
		description,
		displayOptions: { show: untypedVersions },
	};
}

/** The field's JSON object; `example` is an object to show in the fix of a wrong value. */
export function readCustomAttributes(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	example: string,
): IDataObject {
	return check.jsonObject(
		'Custom Attributes',
		this.getNodeParameter('customAttributes', itemIndex),
		`Enter a JSON object such as ${example}.`,
	);
}
