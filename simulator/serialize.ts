/** The JSON shapes Libredesk returns (internal/<package>/models/models.go), built from simulator state. */
import type { Conversation, Inbox, Json, JsonObject, Media, SimState, User } from './state';

export function contactJson(user: User): JsonObject {
	return {
		id: user.id,
		created_at: user.created_at,
		updated_at: user.updated_at,
		first_name: user.first_name,
		last_name: user.last_name,
		email: user.email,
		type: user.type,
		availability_status: user.availability_status,
		avatar_url: user.avatar_url,
		phone_number: user.phone_number,
		phone_number_country_code: user.phone_number_country_code,
		country: user.country,
		custom_attributes: user.custom_attributes,
		enabled: user.enabled,
		last_active_at: null,
		last_login_at: null,
		external_user_id: user.external_user_id,
	};
}

/** A user as a row of Libredesk's contact and agent lists: fewer fields than the full record. */
export function userRowJson(user: User): JsonObject {
	const full = contactJson(user);
	const row: JsonObject = {};
	for (const key of [
		'id',
		'type',
		'first_name',
		'last_name',
		'email',
		'enabled',
		'avatar_url',
		'external_user_id',
		'availability_status',
		'created_at',
		'updated_at',
	])
		row[key] = full[key];
	return row;
}

export function agentMeJson(state: SimState, user: User, apiKey: string): JsonObject {
	return {
		...contactJson(user),
		meta: {},
		roles: user.roles,
		permissions: state.permissionsOf(user),
		teams: state.teams
			.filter((team) => user.teams.includes(team.id))
			.map((team) => ({ id: team.id, name: team.name, emoji: team.emoji })),
		api_key: apiKey,
		api_key_last_used_at: state.now(),
	};
}

/** One inbox (GET /inboxes/:id, toggle): a live chat inbox's signing secret shows masked. */
export function inboxJsonWithSecret(inbox: Inbox): JsonObject {
	return { ...inboxJson(inbox), secret: inbox.channel === 'livechat' ? '••••••••••' : null };
}

export function inboxJson(inbox: Inbox): JsonObject {
	return {
		id: inbox.id,
		uuid: inbox.uuid,
		name: inbox.name,
		channel: inbox.channel,
		enabled: inbox.enabled,
		csat_enabled: false,
		prompt_tags_on_reply: false,
		from: inbox.from,
		from_name_template: '',
		config:
			inbox.channel === 'email'
				? { imap: [{ password: '••••••••' }], smtp: [{ password: '••••••••' }] }
				: {},
		// The list does not select it; one inbox (inboxJsonWithSecret) shows a live chat's masked.
		secret: null,
		linked_email_inbox_id: null,
		created_at: inbox.created_at,
		updated_at: inbox.updated_at,
	};
}

export function mediaJson(media: Media, baseUrl: string): JsonObject {
	return {
		id: media.id,
		created_at: media.created_at,
		updated_at: media.updated_at,
		uuid: media.uuid,
		store: 'fs',
		filename: media.filename,
		content_type: media.content_type,
		content_id: '',
		model_id: media.model_id,
		model_type: media.model_type,
		disposition: media.disposition,
		size: media.size,
		meta: {},
		url: `${baseUrl}/uploads/${media.uuid}?sig=simulated&exp=3600`,
	};
}

export function conversationJson(
	state: SimState,
	conversation: Conversation,
	previous: Json = null,
): JsonObject {
	const contact = state.findUser(conversation.contact_id);
	const inbox = state.inboxes.find((candidate) => candidate.id === conversation.inbox_id);
	const status = state.statusOf(conversation);
	const priority = state.priorityOf(conversation);
	return {
		id: conversation.id,
		created_at: conversation.created_at,
		updated_at: conversation.updated_at,
		uuid: conversation.uuid,
		contact_id: conversation.contact_id,
		inbox_id: conversation.inbox_id,
		closed_at: null,
		resolved_at: null,
		reference_number: conversation.reference_number,
		priority: conversation.priority,
		priority_id: priority?.id ?? null,
		status: conversation.status,
		status_id: status?.id ?? null,
		status_category: status?.category ?? 'open',
		first_reply_at: null,
		last_reply_at: null,
		assigned_user_id: conversation.assigned_user_id,
		assigned_team_id: conversation.assigned_team_id,
		waiting_since: conversation.waiting_since,
		subject: conversation.subject,
		inbox_mail: inbox?.from ?? '',
		inbox_name: inbox?.name ?? '',
		inbox_channel: inbox?.channel ?? '',
		inbox_reply_to: '',
		tags: conversation.tags,
		meta: conversation.meta,
		custom_attributes: conversation.custom_attributes,
		last_message_at: conversation.last_message_at,
		last_message: conversation.last_message,
		last_message_sender: conversation.last_message_sender,
		last_interaction: conversation.last_interaction,
		last_interaction_at: conversation.last_interaction_at,
		last_interaction_sender: conversation.last_interaction_sender,
		snoozed_until: null,
		sla_policy_id: null,
		sla_policy_name: null,
		applied_sla_id: null,
		first_response_deadline_at: null,
		resolution_deadline_at: null,
		next_response_deadline_at: null,
		next_response_met_at: null,
		csat_rating: null,
		csat_feedback: null,
		csat_responded_at: null,
		previous_conversations: previous,
		contact: contact ? contactJson(contact) : null,
	};
}
