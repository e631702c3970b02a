/**
 * One message: get, retry and delete (cmd/messages.go, cmd/messages_delete.go), with Libredesk's
 * answers: an unknown message UUID is 500 (GetMessage maps every error so), a message of another
 * conversation is 403, a retry of anything but the caller's own failed reply is 400 "Bad request",
 * and only private notes not yet deleted can be deleted (else 404 "Not found").
 */
import { errors, ok } from '../http';
import type { Route, RouteContext } from '../route';
import type { Conversation, Message } from '../state';
import { findConversation, messageJson } from './conversationRecords';

const DELETED_NOTE = 'This note was deleted';

function withMessage(
	handler: (
		ctx: RouteContext,
		conversation: Conversation,
		message: Message,
	) => ReturnType<Route['handle']>,
) {
	return (ctx: RouteContext) => {
		const found = findConversation(ctx.state, ctx.params.cuuid);
		if (!found.conversation) return found.response;
		const message = ctx.state.messages.find((candidate) => candidate.uuid === ctx.params.uuid);
		if (!message) return errors.general();
		return handler(ctx, found.conversation, message);
	};
}

export const messageDetailRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/conversations/:cuuid/messages/:uuid',
		guard: 'messages:read',
		handle: withMessage(({ state }, conversation, message) => {
			if (message.conversation_id !== conversation.id) return errors.permission();
			return ok(messageJson(state, message));
		}),
	},
	{
		method: 'PUT',
		path: '/api/v1/conversations/:cuuid/messages/:uuid/retry',
		guard: 'messages:write',
		handle: withMessage((ctx, conversation, message) => {
			if (
				message.sender_type !== 'agent' ||
				message.status !== 'failed' ||
				message.sender_id !== ctx.user.id ||
				message.conversation_id !== conversation.id
			) {
				return errors.input('Bad request');
			}
			message.status = 'pending';
			message.updated_at = ctx.state.now();
			ctx.webhooks.fire('message.updated', messageJson(ctx.state, message));
			return ok(true);
		}),
	},
	{
		method: 'DELETE',
		path: '/api/v1/conversations/:cuuid/messages/:uuid',
		guard: 'messages:write',
		handle: (ctx) => {
			const found = findConversation(ctx.state, ctx.params.cuuid);
			if (!found.conversation) return found.response;
			const conversation = found.conversation;
			// delete-private-message: only a private message of this conversation not deleted yet.
			const message = ctx.state.messages.find(
				(candidate) =>
					candidate.uuid === ctx.params.uuid &&
					candidate.private &&
					candidate.conversation_id === conversation.id &&
					candidate.meta.deleted_at === undefined,
			);
			if (!message) return errors.notFound('Not found');
			const at = ctx.state.now();
			// Its files are unlinked (model_id 0) for the cleanup job, so the note lists none.
			Object.assign(message, {
				content: DELETED_NOTE,
				updated_at: at,
				meta: { ...message.meta, deleted_at: at },
				attachments: [],
			});
			for (const media of ctx.state.media)
				if (media.model_type === 'messages' && media.model_id === message.id) media.model_id = 0;
			const latest = ctx.state.messages
				.filter((candidate) => candidate.conversation_id === conversation.id)
				.every((candidate) => candidate.created_at <= message.created_at);
			if (latest) conversation.last_message = DELETED_NOTE;
			return ok({ content: DELETED_NOTE });
		},
	},
];
