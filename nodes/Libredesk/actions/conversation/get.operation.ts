import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationUuid } from '../../helpers/recordIds';
import { SIMPLE_CONVERSATION_FIELDS, simplifyConversation } from '../../helpers/simplify';
import { InputChecker } from '../../helpers/validation';
import { conversationLocator, simplifyField } from '../shared/descriptions';
import { readConversation } from '../../transport';

export const description: INodeProperties[] = [
	conversationLocator('The conversation to get'),
	simplifyField(SIMPLE_CONVERSATION_FIELDS),
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	return {
		uuid: await conversationUuid.call(this, check, itemIndex),
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { uuid: string; simplify: boolean },
): Promise<IDataObject> {
	const conversation = await readConversation.call(this, request.uuid, itemIndex);
	return request.simplify ? simplifyConversation(conversation) : conversation;
}
