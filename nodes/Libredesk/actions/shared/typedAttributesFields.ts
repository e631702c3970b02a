/**
 * The custom attribute fields from node version 1.2: each attribute Libredesk defines is a field of
 * its own type (n8n's resource mapper, filled by methods/resourceMapping.ts), or, for sets that
 * change from item to item, one JSON object (e.g. from an expression). Either way the values are
 * checked against Libredesk's definitions before any request (helpers/attributeValues.ts).
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
	ResourceMapperValue,
} from 'n8n-workflow';

import { attributeDefinitions } from '../../helpers/attributeDefinitions';
import type { AppliesTo } from '../../transport';
import { checkAttributeValues } from '../../helpers/attributeValues';
import type { InputChecker } from '../../helpers/validation';

/** The node version from which attributes are typed fields; 1 and 1.1 keep the JSON field. */
export const TYPED_ATTRIBUTES_SINCE_VERSION = 1.2;

export const FIELD = { map: 'Custom Attributes', json: 'Custom Attributes (JSON)' };

const RESOURCE_MAPPER_METHOD: Record<AppliesTo, string> = {
	conversation: 'getConversationAttributes',
	contact: 'getContactAttributes',
};

const INPUTS: INodePropertyOptions[] = [
	{
		name: 'Map Each Attribute',
		value: 'map',
		description: 'One field per attribute defined in Libredesk, each with its type',
	},
	{
		name: 'Using JSON',
		value: 'json',
		description:
			'One JSON object of attribute key → value, e.g. from an expression when the set changes from item to item',
	},
];

/** Shown only on node versions that have typed attributes. */
export const typedVersions = { '@version': [{ _cnd: { gte: TYPED_ATTRIBUTES_SINCE_VERSION } }] };
/** Shown only on the node versions before typed attributes. */
export const untypedVersions = { '@version': [{ _cnd: { lt: TYPED_ATTRIBUTES_SINCE_VERSION } }] };

/**
 * The fields; `optional` adds a "None" choice (the default) for operations that need no attributes.
 * `jsonExample` shows a value of the JSON field.
 */
export function typedAttributesFields(
	appliesTo: AppliesTo,
	options: { optional: boolean; jsonExample: string; jsonNote?: string },
): INodeProperties[] {
	const jsonDescription = [
		`A JSON object of attribute key → value, e.g. ${options.jsonExample}.`,
		options.jsonNote,
		`Keys and values are checked against Libredesk's ${appliesTo} attributes.`,
	]
		.filter(Boolean)
		.join(' ');
	return [
		{
			displayName: 'Set Custom Attributes',
			name: 'attributesInput',
			type: 'options',
			noDataExpression: true,
			options: options.optional
				? [{ name: 'None', value: 'none', description: 'Set no custom attributes' }, ...INPUTS]
				: INPUTS,
			default: 'map',
			...(options.optional ? { default: 'none' } : {}),
			displayOptions: { show: typedVersions },
		},
		{
			displayName: FIELD.map,
			name: 'attributes',
			type: 'resourceMapper',
			noDataExpression: true,
			default: { mappingMode: 'defineBelow', value: null },
			required: true,
			description: `The ${appliesTo} attributes defined in Libredesk (Admin → Custom Attributes). A field left empty is not changed.`,
			typeOptions: {
				resourceMapper: {
					resourceMapperMethod: RESOURCE_MAPPER_METHOD[appliesTo],
					mode: 'add',
					fieldWords: { singular: 'attribute', plural: 'attributes' },
					addAllFields: false,
					multiKeyMatch: false,
					supportAutoMap: false,
					noFieldsError: `Libredesk has no ${appliesTo} attributes yet: an admin adds them under Admin → Custom Attributes.`,
				},
			},
			displayOptions: { show: { ...typedVersions, attributesInput: ['map'] } },
		},
		{
			displayName: FIELD.json,
			name: 'attributesJson',
			type: 'json',
			default: '{}',
			description: jsonDescription,
			displayOptions: { show: { ...typedVersions, attributesInput: ['json'] } },
		},
	];
}

/**
 * The item's attributes, checked by type against Libredesk's definitions (read once per
 * execution). A field left empty in the mapper is left out; `null` from JSON stays null.
 */
export async function readTypedAttributes(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	appliesTo: AppliesTo,
	jsonExample: string,
): Promise<IDataObject> {
	const input = this.getNodeParameter('attributesInput', itemIndex, 'none') as string;
	let field: string;
	let values: IDataObject;
	if (input === 'none') return {};
	if (input === 'map') {
		field = FIELD.map;
		values = mappedValues(check, this.getNodeParameter('attributes', itemIndex, null));
	} else if (input === 'json') {
		field = FIELD.json;
		values = check.jsonObject(
			field,
			this.getNodeParameter('attributesJson', itemIndex, '{}'),
			`Enter a JSON object such as ${jsonExample}, or map an object from an earlier node.`,
		);
	} else {
		throw check.fail(
			'Set Custom Attributes',
			`is ${JSON.stringify(input)}`,
			'Choose Map Each Attribute or Using JSON.',
		);
	}
	if (!Object.keys(values).length) return {};
	const definitions = await attributeDefinitions.call(this, appliesTo, itemIndex);
	return checkAttributeValues(check, field, appliesTo, definitions, values);
}

/** The resource mapper's values, without the fields left empty. */
function mappedValues(check: InputChecker, parameter: unknown): IDataObject {
	if (parameter === null || parameter === undefined) return {};
	const mapper = parameter as Partial<ResourceMapperValue>;
	if (typeof parameter !== 'object' || mapper.mappingMode !== 'defineBelow') {
		throw check.fail(
			FIELD.map,
			'is not a list of attributes to set',
			'Add the attributes to set one by one, or choose Using JSON under Set Custom Attributes.',
		);
	}
	const values: IDataObject = {};
	for (const [key, value] of Object.entries(mapper.value ?? {})) {
		if (value !== null && value !== undefined && value !== '')
			values[key] = value as IDataObject[string];
	}
	return values;
}
