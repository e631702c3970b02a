/**
 * Conversations: create exactly as cmd/conversation.go handleCreateConversation (validation
 * order, messages, subject suffix, contact reuse, attachment 500 after the row exists), plus get
 * and the message list that tests use to look at what was stored.
 */
import { randomUUID } from 'crypto';

import { renderGoTemplate } from '../goTemplate';
import { errors, ok } from '../http';
import { decodeJsonBody } from '../route';
import type { Route, RouteContext } from '../route';
import { isGoMailAddress } from '../goMail';
import { pageParams, pageResults } from './conversationLists';
import { conversationJson } from '../serialize';
import { fireConversationEvent } from './conversationEvents';
import {
	addActivity,
	findConversation,
	fullName,
	messageJson,
	sendLater,
	storeMessage,
	templateData,
} from './conversationRecords';
import type { Conversation, JsonObject, SimState, User } from '../state';

function findOrCreateContact(
	state: SimState,
	body: Record<string, unknown>,
	email: string,
): User | undefined {
	const existing = state.users.find((user) => user.type === 'contact' && user.email === email);
	if (existing) return existing;
	const firstName = body.first_name as string;
	const lastName = (body.last_name as string | undefined) ?? '';
	if (firstName.length > 140 || lastName.length > 140 || email.length > 320) return undefined;
	const externalId = (body.external_user_id as string | undefined) || null;
	const at = state.now();
	// insert-contact-with-external-id: a known external ID takes over that contact (quirk in
	// docs/libredesk-api-notes.md, "Create a conversation").
	const byExternal = externalId
		? state.users.find((user) => user.type === 'contact' && user.external_user_id === externalId)
		: undefined;
	if (byExternal) {
		Object.assign(byExternal, {
			email,
			first_name: firstName,
			last_name: lastName,
			updated_at: at,
		});
		return byExternal;
	}
	return state.addUser({
		type: 'contact',
		first_name: firstName,
		last_name: lastName,
		email,
		external_user_id: externalId,
		created_at: at,
	});
}

function createConversation(ctx: RouteContext) {
	const { state, req, body: raw, user } = ctx;
	const decoded = decodeJsonBody(req, raw, {
		inbox_id: 'int',
		contact_email: 'string',
		first_name: 'string',
		last_name: 'string',
		external_user_id: 'string',
		subject: 'string',
		content: 'string',
		initiator: 'string',
		agent_id: 'int',
		team_id: 'int',
		attachments: 'intArray',
		custom_attributes: 'object',
	});
	if (!decoded.ok) return errors.input('Error parsing request');
	const body = decoded.value;
	const email = String(body.contact_email ?? '')
		.trim()
		.toLowerCase();

	// validateCreateConversationRequest, in order.
	if (((body.inbox_id as number | undefined) ?? 0) <= 0) return errors.input('`inbox_id` Required');
	if (!body.content) return errors.input('`content` Required');
	if (email === '') return errors.input('`contact_email` Required');
	if (!body.first_name) return errors.input('`first_name` Required');
	if (!isGoMailAddress(email)) return errors.input('Invalid email address');
	if (body.initiator !== 'agent' && body.initiator !== 'contact')
		return errors.input('Something went wrong');
	const inbox = state.inboxes.find(
		(candidate) => candidate.id === body.inbox_id && !candidate.deleted,
	);
	if (!inbox) return errors.input('Inbox not found');
	if (!inbox.enabled) return errors.input('globals.messages.disabled');
	if (inbox.channel !== 'email') return errors.input('Something went wrong');
	const defined = new Set(
		state.customAttributes.filter((a) => a.applies_to === 'conversation').map((a) => a.key),
	);
	const customAttributes: JsonObject = {};
	for (const [key, value] of Object.entries(
		(body.custom_attributes as JsonObject | undefined) ?? {},
	)) {
		if (defined.has(key)) customAttributes[key] = value;
	}

	const contact = findOrCreateContact(state, body, email);
	if (!contact) return errors.general();

	const at = state.now();
	const reference = String(state.nextReference++);
	const conversation: Conversation = {
		id: state.nextId('conversations'),
		uuid: randomUUID(),
		reference_number: reference,
		created_at: at,
		updated_at: at,
		contact_id: contact.id,
		inbox_id: inbox.id,
		status: 'Open',
		priority: null,
		assigned_user_id: null,
		assigned_team_id: null,
		subject: `${(body.subject as string | undefined) ?? ''} - #${reference}`,
		tags: [],
		meta: {},
		custom_attributes: customAttributes,
		waiting_since: null,
		last_message_at: null,
		last_message: null,
		last_message_sender: null,
		last_interaction_at: null,
		last_interaction: null,
		last_interaction_sender: null,
	};
	state.conversations.push(conversation);

	// getUnassociatedMedia: a missing ID fails the request but leaves the conversation behind.
	const attachments: number[] = [];
	for (const id of (body.attachments as number[] | undefined) ?? []) {
		const media = state.media.find((candidate) => candidate.id === id);
		if (!media) return errors.general();
		if (media.model_id === null) attachments.push(id);
	}

	// Team first (clears the agent), then agent; failures are ignored. Each records an activity
	// entry and fires its event, before the first message and conversation.created.
	const teamId = (body.team_id as number | undefined) ?? 0;
	const team = state.teams.find((candidate) => candidate.id === teamId);
	if (teamId > 0 && team) {
		conversation.assigned_team_id = teamId;
		conversation.assigned_user_id = null;
		addActivity(ctx, conversation.id, 'assigned_team_change', team.name);
		fireConversationEvent(ctx, 'conversation.unassigned', conversation, user.id);
	}
	const agentId = (body.agent_id as number | undefined) ?? 0;
	const agent = state.findUser(agentId);
	if (agentId > 0 && agent) {
		conversation.assigned_user_id = agentId;
		fireConversationEvent(ctx, 'conversation.assigned', conversation, user.id, {
			assigned_to: agentId,
		});
		if (agentId === user.id) addActivity(ctx, conversation.id, 'self_assign', '');
		else addActivity(ctx, conversation.id, 'assigned_user_change', fullName(agent));
	}

	const isAgent = body.initiator === 'agent';
	const content = isAgent
		? renderGoTemplate(body.content as string, templateData(contact, conversation, user))
		: (body.content as string);
	// Inserted after the assignments' entries, so newer than them (Libredesk stamps it then).
	const message = storeMessage(ctx, {
		type: isAgent ? 'outgoing' : 'incoming',
		status: isAgent ? 'pending' : 'received',
		conversation_id: conversation.id,
		content,
		content_type: 'html',
		private: false,
		sender_id: isAgent ? user.id : contact.id,
		sender_type: isAgent ? 'agent' : 'contact',
		meta: isAgent ? { to: [email] } : {},
		attachments,
	});
	if (!isAgent) conversation.waiting_since = at;
	const created = conversationJson(state, conversation);
	// Libredesk's webhook workers give no order guarantee; this is the order they are queued in.
	ctx.webhooks.fire('conversation.created', created);
	if (isAgent) sendLater(ctx, conversation, message);
	return ok(created);
}

export const conversationRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/v1/conversations',
		guard: 'conversations:write',
		handle: createConversation,
	},
	{
		method: 'GET',
		path: '/api/v1/conversations/:uuid',
		guard: 'conversations:read',
		handle: ({ state, params }) => {
			const found = findConversation(state, params.uuid);
			if (!found.conversation) return found.response;
			return ok(conversationJson(state, found.conversation, []));
		},
	},
	{
		method: 'GET',
		path: '/api/v1/conversations/:uuid/messages',
		guard: 'messages:read',
		handle: ({ state, params, query }) => {
			const found = findConversation(state, params.uuid);
			if (!found.conversation) return found.response;
			const { page, perPage } = pageParams(query);
			const types = query.getAll('type');
			const privateFilter = query.get('private');
			const all = state.messages
				.filter((message) => message.conversation_id === found.conversation.id)
				.filter((message) => types.length === 0 || types.includes(message.type))
				.filter((message) => privateFilter === null || String(message.private) === privateFilter)
				.sort((a, b) => b.id - a.id);
			const result = pageResults(all, page, perPage);
			return ok({
				...result,
				results: result.results.map((message) => messageJson(state, message)),
			});
		},
	},
];
