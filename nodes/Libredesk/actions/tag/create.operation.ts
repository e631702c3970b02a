import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { claimUnique } from '../../helpers/runClaims';
import { InputChecker } from '../../helpers/validation';
import { createTag } from '../../transport';
import { readTagName, tagNameField } from './record';

export const description: INodeProperties[] = [
	tagNameField('The name of the new tag, unique in Libredesk (at most 140 characters)'),
];

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<string> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const name = await readTagName.call(this, check, itemIndex);
	claimUnique.call(this, check, itemIndex, {
		noun: 'tag',
		what: 'name',
		field: 'Name',
		value: name,
	});
	return name;
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	name: string,
): Promise<IDataObject> {
	return await createTag.call(this, name, itemIndex, {
		creates: `The tag "${name}" may have been created: look for it with Tag → Get Many`,
		hints: { 409: `Libredesk already has a tag named "${name}": use another name.` },
	});
}
