import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/** Libredesk's webhook events (the webhook_event enum in its schema). */
export const EVENT_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Conversation Assigned', value: 'conversation.assigned', description: 'An agent was assigned (payload: conversation_uuid, assigned_to, actor_id, conversation)' },
	{ name: 'Conversation Created', value: 'conversation.created', description: 'A new conversation, from email, chat or the API (payload: the conversation)' },
	{ name: 'Conversation Status Changed', value: 'conversation.status_changed', description: 'Payload: conversation_uuid, previous_status, new_status, snooze_until, actor_id, conversation' },
	{ name: 'Conversation Tags Changed', value: 'conversation.tags_changed', description: 'Payload: conversation_uuid, previous_tags, new_tags, actor_id, conversation' },
	{ name: 'Conversation Unassigned', value: 'conversation.unassigned', description: 'The agent was removed (payload: conversation_uuid, actor_id, conversation)' },
	{ name: 'Message Created', value: 'message.created', description: 'Any new message: replies, incoming emails, private notes and activity entries (payload: the message)' },
	{ name: 'Message Updated', value: 'message.updated', description: 'A message changed state, e.g. pending → sent or failed (payload: the message)' },
];

export const EVENTS = EVENT_OPTIONS.map((option) => String(option.value));

export interface DeliveryFilters {
	skipPrivateAndActivity?: boolean;
	onlyIncoming?: boolean;
}

/** Whether a delivery should start the workflow, given the node's options. */
export function wanted(event: string, payload: IDataObject, selected: string[], filters: DeliveryFilters): boolean {
	// Libredesk's "Send test" button sends webhook.test; let it through so users can check the link.
	if (event === 'webhook.test') return true;
	if (!selected.includes(event)) return false;
	if (event.startsWith('message.')) {
		if (filters.skipPrivateAndActivity && (payload.private === true || payload.type === 'activity')) return false;
		if (filters.onlyIncoming && payload.type !== 'incoming') return false;
	}
	return true;
}
