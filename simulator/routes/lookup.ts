/** Shared by the conversation and message routes: find a conversation, serialise a message. */
import { randomUUID } from 'crypto';

import { errors } from '../http';
import type { RouteContext } from '../route';
import { goTemplateParses } from '../goTemplate';
import type { Conversation, JsonObject, Message, SimState } from '../state';

export function messageJson(state: SimState, message: Message): JsonObject {
	const conversation = state.conversations.find((candidate) => candidate.id === message.conversation_id);
	return {
		id: message.id,
		created_at: message.created_at,
		updated_at: message.updated_at,
		uuid: message.uuid,
		type: message.type,
		status: message.status,
		conversation_id: message.conversation_id,
		conversation_uuid: conversation?.uuid ?? '',
		content: message.content,
		text_content: message.content.replace(/<[^>]*>/g, ''),
		content_type: message.content_type,
		private: message.private,
		sender_id: message.sender_id,
		sender_type: message.sender_type,
		meta: message.meta,
		author: (() => {
			const author = state.findUser(message.sender_id);
			return author
				? { id: author.id, first_name: author.first_name, last_name: author.last_name, email: author.email, avatar_url: author.avatar_url, availability_status: 'offline', type: author.type, last_active_at: null }
				: null;
		})(),
		attachments: message.attachments.map((id) => {
			const media = state.media.find((candidate) => candidate.id === id);
			return { name: media?.filename ?? '', size: media?.size ?? 0, content_id: '', content_type: media?.content_type ?? '', uuid: media?.uuid ?? '', disposition: media?.disposition ?? '' };
		}),
	};
}

export function findConversation(state: SimState, uuid: string) {
	// A malformed UUID fails the Postgres cast: 500, not 404.
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid)) return { response: errors.general() };
	const conversation = state.conversations.find((candidate) => candidate.uuid === uuid);
	if (!conversation) return { response: errors.notFound('Conversation not found') };
	return { conversation };
}

/** Libredesk records changes as private "activity" messages, and fires message.created for them. */
/**
 * InsertMessage: every message becomes the conversation's last message (notes and activity
 * entries too); only what the customer sees or wrote becomes its last interaction. Announced as
 * message.created.
 */
export function insertMessage(ctx: Pick<RouteContext, 'state' | 'webhooks'>, message: Message): void {
	const { state } = ctx;
	state.messages.push(message);
	const conversation = state.conversations.find((candidate) => candidate.id === message.conversation_id);
	if (conversation) {
		const text = message.content.replace(/<[^>]*>/g, '').slice(0, 100);
		Object.assign(conversation, { last_message: text, last_message_at: message.created_at, last_message_sender: message.sender_type });
		if (!message.private && message.type !== 'activity') {
			Object.assign(conversation, { last_interaction: text, last_interaction_at: message.created_at, last_interaction_sender: message.sender_type });
		}
	}
	ctx.webhooks.fire('message.created', messageJson(state, message));
}

/**
 * The outgoing worker (sendOutgoingMessage): a pending agent reply is sent a moment later. On an
 * email inbox the stored content is rendered as a template once more; if it does not parse, the
 * message is marked failed and no email goes out. Either way message.updated follows.
 */
export function sendLater(ctx: Pick<RouteContext, 'state' | 'webhooks'>, conversation: Conversation, message: Message): void {
	setImmediate(() => {
		const inbox = ctx.state.inboxes.find((candidate) => candidate.id === conversation.inbox_id);
		message.status = inbox?.channel === 'email' && !goTemplateParses(message.content) ? 'failed' : 'sent';
		message.updated_at = ctx.state.now();
		ctx.webhooks.fire('message.updated', messageJson(ctx.state, message));
	});
}

/** Activity types and texts of getMessageActivityContent (internal/conversation/message.go). */
export type ActivityType = 'status_change' | 'priority_change' | 'assigned_user_change' | 'assigned_team_change' | 'self_assign' | 'tag_added' | 'tag_removed';

export function fullName(user: { first_name: string; last_name: string | null } | undefined): string {
	return user ? `${user.first_name} ${user.last_name ?? ''}`.trim() : '';
}

export function activityText(type: ActivityType, value: string, actor: string): string {
	switch (type) {
		case 'assigned_user_change':
			return `Assigned to ${value} by ${actor}`;
		case 'assigned_team_change':
			return `Assigned to ${value} team by ${actor}`;
		case 'self_assign':
			return `${actor} self-assigned this conversation`;
		case 'priority_change':
			return `${actor} set priority to ${value}`;
		case 'status_change':
			return `${actor} marked the conversation as ${value}`;
		case 'tag_added':
			return `${actor} added tag ${value}`;
		case 'tag_removed':
			return `${actor} removed tag ${value}`;
	}
}

/** An activity entry: a private text message with `meta.activity_type`, announced as message.created. */
export function addActivity(ctx: RouteContext, conversationId: number, type: ActivityType, value: string): void {
	const { state, user } = ctx;
	const text = activityText(type, value, fullName(user));
	const at = state.now();
	const message: Message = {
		id: state.nextId('messages'),
		uuid: randomUUID(),
		created_at: at,
		updated_at: at,
		type: 'activity',
		status: 'sent',
		conversation_id: conversationId,
		content: text,
		content_type: 'text',
		private: true,
		sender_id: user.id,
		sender_type: 'agent',
		meta: { activity_type: type },
		attachments: [],
	};
	insertMessage(ctx, message);
}
