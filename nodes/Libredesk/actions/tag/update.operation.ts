/** Libredesk answers 500 for a missing tag or a taken name; both are checked before sending. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { claimUnique } from '../../helpers/runClaims';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import { readRecordId, recordLocator, recordUrl } from '../shared/adminRecord';
import { readTagName, TAG, tagNameField } from './record';

export const description: INodeProperties[] = [
	recordLocator(TAG, 'The tag to rename'),
	tagNameField(
		'The new name. Conversations keep the tag: they show the new name. At most 140 characters.',
	),
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const id = await readRecordId.call(this, check, itemIndex, TAG);
	const name = await readTagName.call(this, check, itemIndex, id);
	claimUnique.call(this, check, itemIndex, {
		noun: 'tag',
		what: 'name',
		field: 'Name',
		value: name,
		recordId: id,
	});
	return { id, name };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; name: string },
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: recordUrl(TAG, request.id),
		body: { name: request.name },
		itemIndex,
		permission: TAG.permission,
		hints: {
			500: 'Libredesk could not rename the tag: it was deleted meanwhile, or another tag took the name.',
		},
	})) as IDataObject;
}
