import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { libredeskApiRequest, readConversation } from '../../transport';
import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { conversationLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';

export const description: INodeProperties[] = [
	conversationLocator(),
	{
		displayName: 'Remove',
		name: 'unassign',
		type: 'options',
		default: 'agent',
		options: [
			{ name: 'Agent', value: 'agent', description: 'Remove the assigned agent; the team stays' },
			{ name: 'Team', value: 'team', description: 'Remove the assigned team' },
		],
	},
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const which = this.getNodeParameter('unassign', itemIndex) as string;
	if (which !== 'agent' && which !== 'team')
		throw check.fail('Remove', `is ${JSON.stringify(which) ?? 'empty'}`, 'Choose Agent or Team.');
	return {
		uuid: await conversationUuid.call(this, check, itemIndex),
		kind: which === 'team' ? 'team' : 'user',
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { uuid: string; kind: string },
): Promise<IDataObject> {
	await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: `/conversations/${request.uuid}/assignee/${request.kind}/remove`,
		itemIndex,
		permission:
			request.kind === 'team'
				? 'conversations:update_team_assignee'
				: 'conversations:update_user_assignee',
	});
	return await readAfterChange.call(
		this,
		`Libredesk unassigned the ${request.kind} of conversation ${request.uuid}`,
		() => readConversation.call(this, request.uuid, itemIndex),
	);
}
