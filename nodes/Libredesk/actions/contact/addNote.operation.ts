import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactId } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import { contactLocator } from '../shared/descriptions';

export const description: INodeProperties[] = [
	contactLocator(),
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: 'A note about the contact, visible to agents on the contact page',
	},
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	return {
		id: contactId.call(this, check, itemIndex),
		note: check.requiredText(
			'Note',
			this.getNodeParameter('note', itemIndex),
			'Enter the text of the note.',
		),
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; note: string },
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: `/contacts/${request.id}/notes`,
		body: { note: request.note },
		itemIndex,
		permission: 'contact_notes:write',
		creates: `The note may have been added: look at the notes of contact ${request.id} in Libredesk`,
	})) as IDataObject;
}
