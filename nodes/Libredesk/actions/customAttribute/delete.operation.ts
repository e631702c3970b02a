import type { IExecuteFunctions } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { deleteRecordOperation } from '../shared/adminRecord';
import { CUSTOM_ATTRIBUTE, readDefinition } from './record';

const { description, send } = deleteRecordOperation(CUSTOM_ATTRIBUTE, {
	description:
		'The custom attribute to delete. Conversations and contacts keep values stored under its key.',
});

export { description, send };

/** Libredesk answers success for an ID it does not have: the node checks the list first. */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<number> {
	return (await readDefinition.call(this, new InputChecker(this.getNode(), itemIndex), itemIndex))
		.id;
}
