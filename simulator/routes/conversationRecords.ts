/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the API simulator: runs in Node, not inside n8n (see docs/development.md#lint) */
/** Shared by the conversation and message routes: find conversations, store messages, log activity. */
import { randomUUID } from 'crypto';

import { errors } from '../http';
import type { RouteContext } from '../route';
import { goTemplateParses } from '../goTemplate';
import type { Conversation, JsonObject, Message, SimState, User } from '../state';

export function messageJson(state: SimState, message: Message): JsonObject {
	const conversation = state.conversations.find(
		(candidate) => candidate.id === message.conversation_id,
	);
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
				? {
						id: author.id,
						first_name: author.first_name,
						last_name: author.last_name,
						email: author.email,
						avatar_url: author.avatar_url,
						availability_status: 'offline',
						type: author.type,
						last_active_at: null,
					}
				: null;
		})(),
		attachments: message.attachments.map((id) => {
			const media = state.media.find((candidate) => candidate.id === id);
			return {
				name: media?.filename ?? '',
				size: media?.size ?? 0,
				content_id: '',
				content_type: media?.content_type ?? '',
				uuid: media?.uuid ?? '',
				disposition: media?.disposition ?? '',
			};
		}),
	};
}

export function findConversation(state: SimState, uuid: string) {
	// A malformed UUID fails the Postgres cast: 500, not 404.
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid))
		return { response: errors.general() };
	const conversation = state.conversations.find((candidate) => candidate.uuid === uuid);
	if (!conversation) return { response: errors.notFound('Conversation not found') };
	return { conversation };
}

/** Libredesk records changes as private "activity" messages, and fires message.created for them. */
/** The fields of a new message; id and uuid are filled in, and the time unless given. */
export type NewMessage = Omit<Message, 'id' | 'uuid' | 'created_at' | 'updated_at'> & {
	created_at?: string;
};

/**
 * Stores a new message as Libredesk does: its uploads are linked to it (model_type "messages"),
 * then it is inserted (see insertMessage).
 */
export function storeMessage(
	ctx: Pick<RouteContext, 'state' | 'webhooks'>,
	{ created_at, ...fields }: NewMessage,
): Message {
	const { state } = ctx;
	const at = created_at ?? state.now();
	const message: Message = {
		id: state.nextId('messages'),
		uuid: randomUUID(),
		created_at: at,
		updated_at: at,
		...fields,
	};
	for (const id of message.attachments) {
		const media = state.media.find((candidate) => candidate.id === id);
		if (media) Object.assign(media, { model_id: message.id, model_type: 'messages' });
	}
	insertMessage(ctx, message);
	return message;
}

/** The data agent content is rendered with (BuildTemplateData). */
export function templateData(
	contact: Pick<User, 'first_name' | 'last_name' | 'email'> | undefined,
	conversation: Conversation,
	author: User,
): Record<string, Record<string, unknown>> {
	return {
		Contact: {
			FirstName: contact?.first_name ?? '',
			LastName: contact?.last_name ?? '',
			Email: contact?.email ?? '',
		},
		Conversation: {
			ReferenceNumber: conversation.reference_number,
			Subject: conversation.subject,
			UUID: conversation.uuid,
		},
		Author: {
			FirstName: author.first_name,
			LastName: author.last_name ?? '',
			FullName: `${author.first_name} ${author.last_name ?? ''}`.trim(),
		},
	};
}

/**
 * InsertMessage: every message becomes the conversation's last message (notes and activity
 * entries too); only what the customer sees or wrote becomes its last interaction. Announced as
 * message.created.
 */
export function insertMessage(
	ctx: Pick<RouteContext, 'state' | 'webhooks'>,
	message: Message,
): void {
	const { state } = ctx;
	state.messages.push(message);
	const conversation = state.conversations.find(
		(candidate) => candidate.id === message.conversation_id,
	);
	if (conversation) {
		const text = message.content.replace(/<[^>]*>/g, '').slice(0, 100);
		Object.assign(conversation, {
			last_message: text,
			last_message_at: message.created_at,
			last_message_sender: message.sender_type,
		});
		if (!message.private && message.type !== 'activity') {
			Object.assign(conversation, {
				last_interaction: text,
				last_interaction_at: message.created_at,
				last_interaction_sender: message.sender_type,
			});
		}
	}
	ctx.webhooks.fire('message.created', messageJson(state, message));
}

/**
 * The outgoing worker (sendOutgoingMessage): a pending agent reply is sent a moment later. On an
 * email inbox the stored content is rendered as a template once more; if it does not parse, the
 * message is marked failed and no email goes out. Either way message.updated follows.
 */
export function sendLater(
	ctx: Pick<RouteContext, 'state' | 'webhooks'>,
	conversation: Conversation,
	message: Message,
): void {
	setImmediate(() => {
		const inbox = ctx.state.inboxes.find((candidate) => candidate.id === conversation.inbox_id);
		message.status =
			inbox?.channel === 'email' && !goTemplateParses(message.content) ? 'failed' : 'sent';
		message.updated_at = ctx.state.now();
		ctx.webhooks.fire('message.updated', messageJson(ctx.state, message));
	});
}

/** Activity types and texts of getMessageActivityContent (internal/conversation/message.go). */
export type ActivityType =
	| 'status_change'
	| 'priority_change'
	| 'assigned_user_change'
	| 'assigned_team_change'
	| 'self_assign'
	| 'tag_added'
	| 'tag_removed';

export function fullName(
	user: { first_name: string; last_name: string | null } | undefined,
): string {
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
export function addActivity(
	ctx: RouteContext,
	conversationId: number,
	type: ActivityType,
	value: string,
	user: User = ctx.user,
): void {
	storeMessage(ctx, {
		type: 'activity',
		status: 'sent',
		conversation_id: conversationId,
		content: activityText(type, value, fullName(user)),
		content_type: 'text',
		private: true,
		sender_id: user.id,
		sender_type: 'agent',
		meta: { activity_type: type },
		attachments: [],
	});
}
