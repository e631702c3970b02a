import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import { fieldCollection } from '../shared/descriptions';
import { actionsField } from './macroActions';
import { MACRO, macroFields, readMacroFields } from './record';
import type { MacroBody } from './record';

const [name, ...optional] = macroFields;

export const description: INodeProperties[] = [
	{ ...name, required: true },
	actionsField,
	fieldCollection('additionalFields', 'Additional Fields', 'Add Field', optional),
];

const EMPTY_MACRO: MacroBody = {
	name: '',
	message_content: '',
	visibility: 'all',
	visible_when: ['replying', 'starting_conversation', 'adding_private_note'],
	actions: [],
	user_id: null,
	team_id: null,
};

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<MacroBody> {
	return await readMacroFields.call(
		this,
		new InputChecker(this.getNode(), itemIndex),
		itemIndex,
		EMPTY_MACRO,
		{
			name: this.getNodeParameter('name', itemIndex, ''),
			actions: this.getNodeParameter('actions', itemIndex, {}),
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		},
	);
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	body: MacroBody,
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: MACRO.endpoint,
		body,
		itemIndex,
		permission: MACRO.permission,
		creates: `The macro "${body.name}" may have been created: look for it with Macro → Get Many`,
	})) as IDataObject;
}
