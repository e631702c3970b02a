/**
 * A message recorded as the contact's (`sender_type: "contact"`, CreateContactMessage): incoming,
 * status received, no template rendering, no email; then ProcessIncomingMessageHooks starts the
 * waiting clock and reopens a conversation that is not Open.
 */
import { randomUUID } from 'crypto';

import type { RouteContext } from '../route';
import { conversationJson } from '../serialize';
import type { Conversation, JsonObject, Message } from '../state';
import { insertMessage, messageJson } from './lookup';

export function contactMessage(ctx: RouteContext, conversation: Conversation, content: string, attachments: number[]): JsonObject {
	const { state } = ctx;
	const at = state.now();
	const message: Message = {
		id: state.nextId('messages'),
		uuid: randomUUID(),
		created_at: at,
		updated_at: at,
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
	};
	for (const id of attachments) {
		const media = state.media.find((candidate) => candidate.id === id);
		if (media) Object.assign(media, { model_id: message.id, model_type: 'messages' });
	}
	insertMessage(ctx, message);
	conversation.waiting_since = at;
	if (conversation.status !== 'Open') {
		const previous = conversation.status;
		conversation.status = 'Open';
		ctx.webhooks.fire('conversation.status_changed', { conversation_uuid: conversation.uuid, previous_status: previous, new_status: 'Open', snooze_until: '', actor_id: 1, conversation: conversationJson(state, conversation) });
	}
	return messageJson(state, message);
}
