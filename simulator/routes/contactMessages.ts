/**
 * A message recorded as the contact's (`sender_type: "contact"`, CreateContactMessage): incoming,
 * status received, no template rendering, no email; then ProcessIncomingMessageHooks starts the
 * waiting clock and reopens a conversation that is not Open.
 */
import type { RouteContext } from '../route';
import type { Conversation, JsonObject } from '../state';
import { fireConversationEvent } from './conversationEvents';
import { addActivity, messageJson, storeMessage } from './conversationRecords';

export function contactMessage(
	ctx: RouteContext,
	conversation: Conversation,
	content: string,
	attachments: number[],
): JsonObject {
	const { state } = ctx;
	const message = storeMessage(ctx, {
		type: 'incoming',
		status: 'received',
		conversation_id: conversation.id,
		content,
		content_type: 'html',
		private: false,
		sender_id: conversation.contact_id,
		sender_type: 'contact',
		meta: {},
		attachments,
	});
	conversation.waiting_since = message.created_at;
	if (conversation.status !== 'Open') {
		const previous = conversation.status;
		conversation.status = 'Open';
		// ReOpenConversation records the change as an activity entry of Libredesk's system user.
		addActivity(ctx, conversation.id, 'status_change', 'Open', state.findUser(1));
		fireConversationEvent(ctx, 'conversation.status_changed', conversation, 1, {
			previous_status: previous,
			new_status: 'Open',
			snooze_until: '',
		});
	}
	return messageJson(state, message);
}
