/**
 * The fields of the "Custom Attributes" resource mapper (node version 1.2): one per attribute an
 * admin defined in Libredesk, with the input its data type needs (a dropdown of a list's options,
 * a toggle for a checkbox, a date picker, …). Values are checked again when the node runs, against
 * the definitions of that moment (actions/shared/typedAttributesFields.ts).
 */
import type {
	FieldType,
	ILoadOptionsFunctions,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';

import { fetchAttributeDefinitions } from '../transport';
import type { AppliesTo, AttributeDefinition } from '../transport';

/** Libredesk's data types as n8n field types; a type Libredesk may add later is text. */
const FIELD_TYPES: Record<string, FieldType> = {
	text: 'string',
	number: 'number',
	checkbox: 'boolean',
	date: 'dateTime',
	link: 'url',
	list: 'options',
};

function mapperField(definition: AttributeDefinition): ResourceMapperField {
	const type = FIELD_TYPES[definition.data_type] ?? 'string';
	return {
		id: definition.key,
		displayName: definition.name || definition.key,
		required: false,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		type,
		...(type === 'options'
			? { options: (definition.values ?? []).map((option) => ({ name: option, value: option })) }
			: {}),
	};
}

async function mapperFields(
	context: ILoadOptionsFunctions,
	appliesTo: AppliesTo,
): Promise<ResourceMapperFields> {
	const definitions = await fetchAttributeDefinitions.call(context, appliesTo);
	return {
		fields: definitions.map(mapperField),
		emptyFieldsNotice: `Libredesk has no ${appliesTo} attributes yet: an admin adds them under Admin → Custom Attributes.`,
	};
}

export async function getConversationAttributes(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	return await mapperFields(this, 'conversation');
}

export async function getContactAttributes(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	return await mapperFields(this, 'contact');
}
