/**
 * What Conversation → Get Many and View → Get Conversations share: Libredesk's paged conversation
 * lists take the same order columns, are read the same way and simplified alike.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readDistinctRows } from '../../transport';
import { SIMPLE_CONVERSATION_FIELDS, simplifyConversation } from '../../helpers/simplify';
import type { InputChecker } from '../../helpers/validation';
import type { LibredeskRequest } from '../../transport';
import { orderOptions, simplifyField } from './descriptions';
import { readLimit, readOrder } from './limitAndOrder';

/** Order By labels → Libredesk columns (`conversations.<column>`). */
const ORDER_FIELDS = {
	'Created At': 'created_at',
	'Last Interaction At': 'last_interaction_at',
	'Last Message At': 'last_message_at',
	Priority: 'priority_id',
	Status: 'status_id',
	'Waiting Since': 'waiting_since',
};

/** The Options (order) and Simplify fields that follow a list's own fields. */
export function conversationListOutputFields(): INodeProperties[] {
	return [orderOptions(ORDER_FIELDS, 'last_message_at'), simplifyField(SIMPLE_CONVERSATION_FIELDS)];
}

export interface ConversationListOutput {
	limit?: number;
	order: 'asc' | 'desc';
	orderBy: string;
	simplify: boolean;
}

/** Limit, order and Simplify of an item, checked. */
export function readConversationListOutput(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
): ConversationListOutput {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return {
		limit: readLimit.call(this, check, itemIndex),
		...readOrder(check, options, ORDER_FIELDS, 'last_message_at'),
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
	};
}

/** The list's rows in the chosen order, each once, up to the limit, simplified if asked. */
export async function readConversationList(
	this: IExecuteFunctions,
	request: LibredeskRequest,
	output: ConversationListOutput,
): Promise<IDataObject[]> {
	const rows = await readDistinctRows.call(
		this,
		{
			...request,
			qs: { ...request.qs, order: output.order, order_by: `conversations.${output.orderBy}` },
		},
		output.limit,
	);
	return output.simplify ? rows.map(simplifyConversation) : rows;
}
