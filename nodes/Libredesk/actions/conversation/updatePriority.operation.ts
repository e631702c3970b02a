import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { libredeskApiRequest, readConversation } from '../../transport';
import { conversationUuid } from '../../helpers/recordIds';
import { requireName } from '../../helpers/knownNames';
import { InputChecker } from '../../helpers/validation';
import { conversationLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';

export const description: INodeProperties[] = [
	conversationLocator(),
	{
		displayName: 'Priority Name or ID',
		name: 'priority',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPriorities' },
		default: '',
		required: true,
		description:
			'The new priority by name. The node checks it first: Libredesk silently clears the priority when it does not know the name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const uuid = await conversationUuid.call(this, check, itemIndex);
	const priority = check.requiredText(
		'Priority Name or ID',
		this.getNodeParameter('priority', itemIndex),
		'Pick a priority from the list.',
	);
	await requireName.call(this, check, 'Priority Name or ID', '/priorities', priority, itemIndex);
	return { uuid, priority };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { uuid: string; priority: string },
): Promise<IDataObject> {
	await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: `/conversations/${request.uuid}/priority`,
		body: { priority: request.priority },
		itemIndex,
		permission: 'conversations:update_priority',
	});
	return await readAfterChange.call(
		this,
		`Libredesk set the priority of conversation ${request.uuid} to ${request.priority}`,
		() => readConversation.call(this, request.uuid, itemIndex),
	);
}
