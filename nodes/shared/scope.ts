/**
 * Which inbox and team a delivery belongs to, for the trigger's Inboxes and Teams filters.
 * Conversation events carry the conversation; message events carry only its UUID (Libredesk keeps
 * a message's inbox out of the JSON), so those are looked up with the credential.
 */
import type { IDataObject, INodeProperties, IWebhookFunctions } from 'n8n-workflow';

import { answerRecord, libredeskApiRequest } from '../Libredesk/transport';
import type { LibredeskRequest } from '../Libredesk/transport';
import type { DeliveryFilters } from './events';

/** The Options entry "Inbox Names or IDs" of both triggers. */
export const INBOX_SCOPE_OPTION: INodeProperties = {
	displayName: 'Inbox Names or IDs',
	name: 'inboxIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getInboxes' },
	default: [],
	description:
		'Only events of conversations in these inboxes. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The Options entry "Team Names or IDs" of both triggers. */
export const TEAM_SCOPE_OPTION: INodeProperties = {
	displayName: 'Team Names or IDs',
	name: 'teamIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getTeams' },
	default: [],
	description:
		'Only events of conversations assigned to these teams (as the event left them). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export interface ConversationScope {
	inboxId?: number;
	teamId?: number | null;
}

function scopeOf(conversation: IDataObject): ConversationScope {
	return {
		inboxId: typeof conversation.inbox_id === 'number' ? conversation.inbox_id : undefined,
		teamId:
			typeof conversation.assigned_team_id === 'number' ? conversation.assigned_team_id : null,
	};
}

/** The conversation a payload holds: itself (conversation.created) or under `conversation`. */
export function payloadConversation(event: string, payload: IDataObject): IDataObject | undefined {
	if (event === 'conversation.created') return payload;
	const nested = payload.conversation;
	return nested && typeof nested === 'object' && !Array.isArray(nested)
		? (nested as IDataObject)
		: undefined;
}

export function hasScopeFilters(filters: DeliveryFilters): boolean {
	return Boolean(filters.inboxIds?.length || filters.teamIds?.length);
}

/** Whether a conversation passes the Inboxes and Teams filters (either left empty passes all). */
export function inScope(scope: ConversationScope, filters: DeliveryFilters): boolean {
	const inboxes = (filters.inboxIds ?? []).map(Number);
	const teams = (filters.teamIds ?? []).map(Number);
	if (inboxes.length && (scope.inboxId === undefined || !inboxes.includes(scope.inboxId)))
		return false;
	if (teams.length && (typeof scope.teamId !== 'number' || !teams.includes(scope.teamId)))
		return false;
	return true;
}

/** The delivery's inbox and team, asking Libredesk only for message events. */
export async function deliveryScope(
	this: IWebhookFunctions,
	event: string,
	payload: IDataObject,
): Promise<ConversationScope> {
	const conversation = payloadConversation(event, payload);
	if (conversation) return scopeOf(conversation);
	if (typeof payload.conversation_uuid !== 'string' || !payload.conversation_uuid) return {};
	const request: LibredeskRequest = {
		method: 'GET',
		endpoint: `/conversations/${encodeURIComponent(payload.conversation_uuid)}`,
		permission: 'conversations:read',
		// Deleted meanwhile: no inbox or team, so a filtered trigger ignores it.
		allowNotFound: true,
	};
	const found = await libredeskApiRequest.call(this, request);
	// Anything but a conversation fails the delivery as a failed lookup does, never a TypeError.
	return found === undefined ? {} : scopeOf(answerRecord(this.getNode(), request, found));
}
