/**
 * The conversations of a saved view (`/views/{id}/conversations`): the view's own filters apply,
 * and Libredesk lists only what the key's role may read (its conversations:read_* permissions).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import {
	conversationListOutputFields,
	readConversationList,
	readConversationListOutput,
} from '../shared/conversationGetMany';
import type { ConversationListOutput } from '../shared/conversationGetMany';
import { returnAllAndLimit } from '../shared/descriptions';
import { readViewId, VIEW_ACCESS_HINT } from './shared';

export const description: INodeProperties[] = [
	{
		displayName: 'View Name or ID',
		name: 'viewId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getViews' },
		default: '',
		required: true,
		description:
			'The saved view whose conversations to get; its filters apply. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	...returnAllAndLimit(),
	...conversationListOutputFields(),
];

interface ViewConversationsRequest extends ConversationListOutput {
	viewId: number;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<ViewConversationsRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	return {
		viewId: readViewId(check, this.getNodeParameter('viewId', itemIndex, '')),
		...readConversationListOutput.call(this, check, itemIndex),
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: ViewConversationsRequest,
): Promise<IDataObject[]> {
	return await readConversationList.call(
		this,
		{
			method: 'GET',
			endpoint: `/views/${request.viewId}/conversations`,
			itemIndex,
			permission: 'conversations:read',
			hints: {
				403: VIEW_ACCESS_HINT,
				404: 'Libredesk has no view with this ID (it may have been deleted). Pick one from the list, or list them with View → Get Many.',
			},
		},
		request,
	);
}
