/** `POST /conversations/{uuid}/messages` (cmd/messages.go handleSendMessage, QueueReply). */
import { renderGoTemplate } from '../goTemplate';
import { errors, fail, ok } from '../http';
import type { Route } from '../route';
import { contactMessage } from './contactMessages';
import {
	findConversation,
	messageJson,
	sendLater,
	storeMessage,
	templateData,
} from './conversationRecords';

function inputError500(message: string) {
	return fail(500, message, 'InputException');
}

export const messageRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/v1/conversations/:uuid/messages',
		guard: 'messages:write',
		handle: (ctx) => {
			const { state, params, body, user, permissions } = ctx;
			const found = findConversation(state, params.uuid);
			if (!found.conversation) return found.response;
			const conversation = found.conversation;
			let request: Record<string, unknown>;
			try {
				request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
				if (!request || typeof request !== 'object' || Array.isArray(request))
					throw new Error('not an object');
			} catch {
				// A JSON-decode failure here is 500, InputException.
				return inputError500('Error parsing request');
			}
			const list = (key: string) =>
				Array.isArray(request[key]) ? (request[key] as unknown[]) : [];
			const senderType = request.sender_type;
			const isPrivate = request.private === true;
			if (senderType !== 'agent' && senderType !== 'contact')
				return errors.input('Something went wrong');
			if (senderType === 'contact' && !permissions.includes('messages:write_as_contact'))
				return errors.permission();
			if (senderType === 'contact' && isPrivate) return errors.input('Something went wrong');
			const inbox = state.inboxes.find((candidate) => candidate.id === conversation.inbox_id);
			if (!inbox?.enabled) return errors.input('Inbox is disabled');
			const to = list('to').filter(
				(address) => typeof address === 'string' && address !== '',
			) as string[];
			if (!isPrivate && senderType === 'agent' && inbox.channel === 'email' && to.length === 0)
				return errors.general(500, '`to` empty');
			const attachments: number[] = [];
			for (const id of list('attachments')) {
				const media = state.media.find((candidate) => candidate.id === id);
				if (!media) return errors.general();
				if (media.model_id === null) attachments.push(media.id);
			}
			const contact = state.findUser(conversation.contact_id);
			if (senderType === 'contact')
				return ok(contactMessage(ctx, conversation, String(request.message ?? ''), attachments));
			const content = renderGoTemplate(
				String(request.message ?? ''),
				templateData(contact, conversation, user),
			);
			const message = storeMessage(ctx, {
				type: 'outgoing',
				status: isPrivate ? 'sent' : 'pending',
				conversation_id: conversation.id,
				content,
				content_type: 'html',
				private: isPrivate,
				sender_id: user.id,
				sender_type: 'agent',
				// Mentions live in their own table: a note's meta is {}.
				meta: isPrivate ? {} : { to, cc: list('cc') as string[], bcc: list('bcc') as string[] },
				attachments,
			});
			if (!isPrivate) sendLater(ctx, conversation, message);
			return ok(messageJson(state, message));
		},
	},
];
