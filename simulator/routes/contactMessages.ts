/**
 * A message recorded as the contact's (`sender_type: "contact"`, CreateContactMessage): incoming,
 * status received, no template rendering, no email; then ProcessIncomingMessageHooks starts the
 * waiting clock and reopens a conversation that is not Open.
 */
import type { RouteContext } from '../route';
import type { Conversation, JsonObject } from '../state';
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
		conversation.status = 'Open';
		// ReOpenConversation records the change as an activity entry of Libredesk's system user,
		// and sends no conversation.status_changed webhook.
		addActivity(ctx, conversation.id, 'status_change', 'Open', state.findUser(1));
	}
	return messageJson(state, message);
}
