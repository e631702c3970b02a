/**
 * The stable key (`event_id`) of a Libredesk event, shared by the Libredesk Trigger (webhooks) and
 * the Libredesk Polling Trigger: the same event gives the same key in both, and in every replay,
 * so a workflow can feed both into n8n's Remove Duplicates node and get each event once.
 * The format is documented in docs/trigger.md ("Event keys").
 *
 * `<family>:<reference>`, where the family is one name per kind of event whichever trigger saw it
 * (the polling trigger's message.incoming is a message.created; the webhook's conversation.assigned
 * and conversation.unassigned are conversation.assignee_changed), and the reference is:
 * - a message or conversation UUID for messages and new conversations;
 * - the UUID of Libredesk's activity entry (a message of type activity) for a change of status or
 *   assignee that Libredesk records one for, so a change and its reversal get two keys;
 * - `<conversation uuid>@<updated_at>` (microseconds since 1970) for the changes Libredesk records
 *   no entry for (removing the agent or team);
 * - `<subject>@<digest of the payload>` for events only webhooks carry (tags, message updates,
 *   automation rules), where only a replay of the same delivery gives the same key.
 */
import { createHash } from 'crypto';

import type { IDataObject } from 'n8n-workflow';

import { micros } from './instants';

/** The families: one per kind of event, whichever trigger saw it. */
export const EVENT_FAMILIES = {
	created: 'conversation.created',
	message: 'message.created',
	status: 'conversation.status_changed',
	assignee: 'conversation.assignee_changed',
} as const;

/** Activity entries (`meta.activity_type`) that record a change of status or assignee. */
const STATUS_ACTIVITIES = ['status_change'];
export const ASSIGNEE_ACTIVITIES = ['assigned_user_change', 'assigned_team_change', 'self_assign'];

/** The family of an event name of either trigger, or undefined for events only webhooks carry. */
export function familyOf(event: string): string | undefined {
	switch (event) {
		case 'conversation.created':
			return EVENT_FAMILIES.created;
		case 'message.created':
		case 'message.incoming':
			return EVENT_FAMILIES.message;
		case 'conversation.status_changed':
			return EVENT_FAMILIES.status;
		case 'conversation.assigned':
		case 'conversation.unassigned':
		case 'conversation.assignee_changed':
			return EVENT_FAMILIES.assignee;
		default:
			return undefined;
	}
}

/** An activity entry's `meta.activity_type` ('' for other messages). */
export function activityType(entry: IDataObject): string {
	const meta = entry.meta;
	return meta !== null && typeof meta === 'object' && !Array.isArray(meta)
		? String((meta as IDataObject).activity_type ?? '')
		: '';
}

/** The family of an activity entry, or undefined for entries that are not a status or assignee change. */
export function activityFamily(entry: IDataObject): string | undefined {
	const type = activityType(entry);
	if (STATUS_ACTIVITIES.includes(type)) return EVENT_FAMILIES.status;
	if (ASSIGNEE_ACTIVITIES.includes(type)) return EVENT_FAMILIES.assignee;
	return undefined;
}

/** The key of an event a Libredesk UUID names: a message, a new conversation, an activity entry. */
export function eventKey(family: string, uuid: string): string {
	return `${family}:${uuid}`;
}

/** The key of a change Libredesk records no activity entry for: the conversation as it left it. */
export function stateChangeKey(
	family: string,
	conversationUuid: string,
	updatedAt: unknown,
): string {
	const at = micros(updatedAt);
	return `${family}:${conversationUuid}@${at ?? String(updatedAt)}`;
}

/** The key of an event only webhooks carry: what it is about and a digest of its payload. */
export function payloadKey(event: string, subject: string, payload: IDataObject): string {
	const digest = createHash('sha256').update(JSON.stringify(payload)).digest('hex').slice(0, 32);
	return `${event}:${subject}@${digest}`;
}
