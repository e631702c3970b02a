/**
 * The conversations of a saved view (`/views/{id}/conversations`): the view's own filters apply,
 * and Libredesk lists only what the key's role may read (its conversations:read_* permissions).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readDistinctRows } from '../../helpers/distinctRows';
import { SIMPLE_CONVERSATION_FIELDS, simplifyConversation } from '../../helpers/simplify';
import { InputChecker } from '../../helpers/validation';
import { ORDER_FIELDS } from '../conversation/getAll.operation';
import { orderOptions, returnAllAndLimit, simplifyField } from '../shared/descriptions';
import { readLimit, readOrder } from '../shared/listReaders';
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
	orderOptions(ORDER_FIELDS, 'last_message_at'),
	simplifyField(SIMPLE_CONVERSATION_FIELDS),
];

interface ViewConversationsRequest {
	viewId: number;
	limit?: number;
	order: string;
	orderBy: string;
	simplify: boolean;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<ViewConversationsRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return {
		viewId: readViewId(check, this.getNodeParameter('viewId', itemIndex, '')),
		limit: readLimit.call(this, check, itemIndex),
		...readOrder(check, options, ORDER_FIELDS, 'last_message_at'),
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: ViewConversationsRequest,
): Promise<IDataObject[]> {
	const rows = await readDistinctRows.call(
		this,
		{
			method: 'GET',
			endpoint: `/views/${request.viewId}/conversations`,
			qs: { order: request.order, order_by: `conversations.${request.orderBy}` },
			itemIndex,
			permission: 'conversations:read',
			hints: {
				403: VIEW_ACCESS_HINT,
				404: 'Libredesk has no view with this ID (it may have been deleted). Pick one from the list, or list them with View → Get Many.',
			},
		},
		request.limit,
	);
	return request.simplify ? rows.map(simplifyConversation) : rows;
}
