/**
 * Custom attribute definitions (cmd/custom_attributes.go): any key lists them; one by ID, or
 * changing them, needs custom_attributes:manage. Libredesk stores almost anything (any `applies_to`,
 * data type or key), answers a missing ID on update with a bare 500 and on delete with success, and
 * fails with a 500 when `values` is left out. So the node checks the fields and that the definition
 * exists against the list (read once per execution), and always sends `values`.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { namedRecords } from '../../helpers/knownNames';
import type { InputChecker } from '../../helpers/validation';
import type { AdminRecord } from '../shared/adminRecord';
import { readRecordId } from '../shared/adminRecord';

export const CUSTOM_ATTRIBUTE: AdminRecord = {
	field: 'customAttribute',
	label: 'Custom Attribute',
	searchMethod: 'searchCustomAttributes',
	endpoint: '/custom-attributes',
	permission: 'custom_attributes:manage',
};

/** models.CustomAttribute's writable fields, as Create and Update send them. */
export interface DefinitionBody extends IDataObject {
	applies_to: string;
	name: string;
	key: string;
	data_type: string;
	description: string;
	values: string[];
	regex: string;
	regex_hint: string;
}

/** The conversation and contact fields Libredesk keeps for itself (cmd/custom_attributes.go). */
const RESERVED_KEYS = [
	'contact_email',
	'content',
	'subject',
	'status',
	'priority',
	'assigned_team',
	'assigned_user',
	'hours_since_created',
	'hours_since_first_reply',
	'hours_since_last_reply',
	'hours_since_resolved',
	'inbox',
];

const DATA_TYPES = ['text', 'number', 'checkbox', 'date', 'link', 'list'];

export const appliesToField: INodeProperties = {
	displayName: 'Applies To',
	name: 'appliesTo',
	type: 'options',
	default: 'conversation',
	options: [
		{ name: 'Conversations', value: 'conversation' },
		{ name: 'Contacts', value: 'contact' },
	],
};

export const keyField: INodeProperties = {
	displayName: 'Key',
	name: 'key',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. order_id',
	description:
		'The name flows and the API use for the value: lowercase letters, digits and _, unique among the attributes of the same kind. It cannot be changed later.',
};

export const dataTypeField: INodeProperties = {
	displayName: 'Data Type',
	name: 'dataType',
	type: 'options',
	default: 'text',
	description: 'How Libredesk shows and edits the value. It cannot be changed later.',
	options: [
		{ name: 'Checkbox', value: 'checkbox' },
		{ name: 'Date', value: 'date' },
		{ name: 'Link', value: 'link' },
		{ name: 'List', value: 'list', description: 'One of the values given below' },
		{ name: 'Number', value: 'number' },
		{ name: 'Text', value: 'text' },
	],
};

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Order ID',
	description: 'The label agents see, at most 140 characters',
};

export const descriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'What the attribute holds, at most 300 characters (Libredesk requires one)',
};

/** The fields both Create (Additional Fields) and Update (Update Fields) may change. */
export const optionalDefinitionFields: INodeProperties[] = [
	{
		displayName: 'Regex',
		name: 'regex',
		type: 'string',
		default: '',
		placeholder: 'e.g. ^ORD-[0-9]+$',
		description: 'A JavaScript regular expression text values must match in Libredesk',
	},
	{
		displayName: 'Regex Hint',
		name: 'regexHint',
		type: 'string',
		default: '',
		description: 'What Libredesk tells an agent whose value does not match the regex',
	},
	{
		displayName: 'Values',
		name: 'values',
		type: 'string',
		default: '',
		placeholder: 'e.g. Free, Pro, Enterprise',
		description: 'For the List data type: the values to pick from, separated by commas',
	},
];

/**
 * The definitions Libredesk has (all kinds), read once per execution; the picked one, or a clear
 * error where Libredesk would answer a bare 500 (update) or success (delete).
 */
export async function readDefinition(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
): Promise<DefinitionBody & { id: number }> {
	const id = await readRecordId.call(this, check, itemIndex, CUSTOM_ATTRIBUTE);
	const found = (await namedRecords.call(this, '/custom-attributes', itemIndex)).find(
		(record) => record.id === id,
	);
	if (!found)
		throw check.fail(
			'Custom Attribute',
			`is ${id}, but Libredesk has no custom attribute with this ID`,
			'Pick the custom attribute from the list.',
		);
	return found as unknown as DefinitionBody & { id: number };
}

/** The key: as Libredesk's form allows, not reserved, and free among the attributes of its kind. */
async function readKey(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	value: unknown,
	appliesTo: string,
): Promise<string> {
	const key = check.requiredText('Key', value, 'Enter a key such as order_id.', 140);
	if (!/^[a-z0-9_]+$/.test(key))
		throw check.fail(
			'Key',
			`is "${key}"`,
			'Use lowercase letters, digits and _ only, e.g. order_id.',
		);
	if (RESERVED_KEYS.includes(key))
		throw check.fail(
			'Key',
			`is "${key}", a field Libredesk has itself`,
			`Use another key; these are taken: ${RESERVED_KEYS.join(', ')}.`,
		);
	const definitions = (await namedRecords.call(
		this,
		'/custom-attributes',
		itemIndex,
	)) as unknown as DefinitionBody[];
	const taken = definitions.find((record) => record.key === key && record.applies_to === appliesTo);
	if (taken)
		throw check.fail(
			'Key',
			`is "${key}", which custom attribute ${taken.id} of the ${appliesTo}s already has`,
			'Keys are unique among the attributes of the same kind: use another key.',
		);
	return key;
}

function readRegex(check: InputChecker, value: unknown): string {
	const regex = check.optionalText('Regex', value, 1000);
	try {
		new RegExp(regex);
	} catch {
		throw check.fail(
			'Regex',
			`is "${regex}", which is not a regular expression`,
			'Fix the pattern, or leave it empty.',
		);
	}
	return regex;
}

/** The changeable fields given, checked, in Libredesk's names, over `base`. */
export function readChangeableFields(
	check: InputChecker,
	base: DefinitionBody,
	fields: IDataObject,
): DefinitionBody {
	const body = { ...base };
	if (fields.name !== undefined)
		body.name = check.requiredText('Name', fields.name, 'Enter the label agents see.', 140);
	if (fields.description !== undefined)
		body.description = check.requiredText(
			'Description',
			fields.description,
			'Libredesk requires a description: say what the attribute holds.',
			300,
		);
	if (fields.regex !== undefined) body.regex = readRegex(check, fields.regex);
	if (fields.regexHint !== undefined)
		body.regex_hint = check.optionalText('Regex Hint', fields.regexHint, 1000);
	if (fields.values !== undefined) body.values = check.nameList('Values', fields.values);
	// Libredesk refuses a definition without one (400), also when only other fields change.
	if (body.description === '')
		throw check.fail(
			'Description',
			'is empty',
			'Libredesk requires a description: add Update Fields → Description.',
		);
	if (body.data_type === 'list' && body.values.length === 0)
		throw check.fail('Values', 'are empty', 'A List attribute needs the values to pick from.');
	return body;
}

/** A new definition from Create's fields. */
export async function readNewDefinition(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
): Promise<DefinitionBody> {
	const appliesTo = this.getNodeParameter('appliesTo', itemIndex) as string;
	if (!['conversation', 'contact'].includes(appliesTo))
		throw check.fail('Applies To', `is "${appliesTo}"`, 'Use "conversation" or "contact".');
	const dataType = this.getNodeParameter('dataType', itemIndex) as string;
	if (!DATA_TYPES.includes(dataType))
		throw check.fail('Data Type', `is "${dataType}"`, `Use one of: ${DATA_TYPES.join(', ')}.`);
	const base: DefinitionBody = {
		applies_to: appliesTo,
		key: await readKey.call(
			this,
			check,
			itemIndex,
			this.getNodeParameter('key', itemIndex, ''),
			appliesTo,
		),
		data_type: dataType,
		name: '',
		description: '',
		values: [],
		regex: '',
		regex_hint: '',
	};
	return readChangeableFields(check, base, {
		name: this.getNodeParameter('name', itemIndex, ''),
		description: this.getNodeParameter('description', itemIndex, ''),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	});
}
