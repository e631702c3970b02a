import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { claimUnique } from '../../helpers/runClaims';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import { fieldCollection } from '../shared/descriptions';
import {
	appliesToField,
	CUSTOM_ATTRIBUTE,
	dataTypeField,
	descriptionField,
	keyField,
	nameField,
	optionalDefinitionFields,
	readNewDefinition,
} from './record';
import type { DefinitionBody } from './record';

export const description: INodeProperties[] = [
	appliesToField,
	keyField,
	{ ...nameField, required: true },
	dataTypeField,
	{ ...descriptionField, required: true },
	fieldCollection('additionalFields', 'Additional Fields', 'Add Field', optionalDefinitionFields),
];

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<DefinitionBody> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const definition = await readNewDefinition.call(this, check, itemIndex);
	claimUnique.call(this, check, itemIndex, {
		noun: `${definition.applies_to} attribute`,
		what: 'key',
		field: 'Key',
		value: definition.key,
	});
	return definition;
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	body: DefinitionBody,
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: CUSTOM_ATTRIBUTE.endpoint,
		body,
		itemIndex,
		permission: CUSTOM_ATTRIBUTE.permission,
		creates: `The custom attribute "${body.key}" may have been created: look for it with Custom Attribute → Get Many`,
		hints: {
			400: `Libredesk refused the attribute; "Custom attribute already exists" means another ${body.applies_to} attribute took the key "${body.key}" meanwhile.`,
		},
	})) as IDataObject;
}
