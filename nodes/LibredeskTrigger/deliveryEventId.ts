/**
 * The `event_id` of a webhook delivery (see eventKey.ts). Libredesk's status and assignee events
 * carry no activity entry, and Libredesk records the entry just after it queues the webhook, so
 * the trigger reads the conversation's activity entries to find the one this change recorded:
 *
 * - status_changed and assigned: the oldest matching entry created at or after the payload
 *   conversation's `updated_at` (Libredesk stamps updated_at, reads the conversation for the
 *   payload, queues the webhook, then records the entry, so the entry is never older than it, and
 *   the next change's entry comes after this one's);
 * - unassigned: Libredesk records no entry for removing the agent, except when a change of team
 *   removed it: then the team change's entry, recorded just before (the newest assignee entry,
 *   less than a second older than the removal).
 */
import { sleep } from 'n8n-workflow';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { micros } from '../shared/instants';
import { messagePage } from '../shared/scan';
import {
	ASSIGNEE_ACTIVITIES,
	EVENT_FAMILIES,
	activityType,
	eventKey,
	familyOf,
	payloadKey,
	stateChangeKey,
} from '../shared/eventKey';

/** Waits before reading the entries again: Libredesk records it milliseconds after sending. */
const RESOLVE_WAITS_MS = [0, 100, 250, 500, 800];
/** No new read starts later than this after the first: Libredesk waits 3 s for the answer. */
const RESOLVE_BUDGET_MS = 2000;
/** How long before the removal a team change's entry may be (the same request in Libredesk). */
const TEAM_CHANGE_SLACK_MICROS = 1_000_000;
const ENTRY_PAGE = 50;

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

function conversationOf(payload: IDataObject): IDataObject {
	const nested = payload.conversation;
	return nested !== null && typeof nested === 'object' && !Array.isArray(nested)
		? (nested as IDataObject)
		: {};
}

interface Entry {
	uuid: string;
	type: string;
	at: number;
	id: number;
}

async function readEntries(
	this: IWebhookFunctions,
	conversationUuid: string,
	types: string[],
): Promise<Entry[]> {
	const results = await messagePage.call(this, {
		method: 'GET',
		endpoint: `/conversations/${encodeURIComponent(conversationUuid)}/messages`,
		qs: { page: 1, page_size: ENTRY_PAGE, type: ['activity'] },
		permission: 'messages:read',
		allowNotFound: true,
	});
	return results
		.filter((entry) => types.includes(activityType(entry)) && typeof entry.uuid === 'string')
		.map((entry) => ({
			uuid: entry.uuid as string,
			type: activityType(entry),
			at: micros(entry.created_at) ?? 0,
			id: typeof entry.id === 'number' ? entry.id : 0,
		}));
}

const byTime = (a: Entry, b: Entry) => a.at - b.at || a.id - b.id;

/** The entry this change recorded, reading again briefly while Libredesk has yet to write it. */
async function entryAfter(
	this: IWebhookFunctions,
	conversationUuid: string,
	types: string[],
	since: number,
): Promise<Entry | undefined> {
	const until = Date.now() + RESOLVE_BUDGET_MS;
	for (const wait of RESOLVE_WAITS_MS) {
		if (Date.now() + wait > until) break;
		if (wait > 0) await sleep(wait);
		const found = (await readEntries.call(this, conversationUuid, types))
			.filter((entry) => entry.at >= since)
			.sort(byTime)[0];
		if (found) return found;
	}
	return undefined;
}

async function teamChangeBefore(
	this: IWebhookFunctions,
	conversationUuid: string,
	until: number,
): Promise<Entry | undefined> {
	const newest = (await readEntries.call(this, conversationUuid, ASSIGNEE_ACTIVITIES))
		.filter((entry) => entry.at <= until)
		.sort(byTime)
		.pop();
	return newest?.type === 'assigned_team_change' && newest.at >= until - TEAM_CHANGE_SLACK_MICROS
		? newest
		: undefined;
}

export interface KeyOptions {
	/**
	 * A status or assignee change whose activity entry is not found in time gets no key (the
	 * caller fires nothing) instead of the state's: a Polling Trigger in the workflow fires it.
	 */
	leaveUnmatched: boolean;
}

/**
 * The key of a status or assignee change: its activity entry's, or the state's when it has none;
 * undefined when the entry was not found and `leaveUnmatched` is set.
 */
async function changeKey(
	this: IWebhookFunctions,
	event: string,
	family: string,
	payload: IDataObject,
	options: KeyOptions,
): Promise<string | undefined> {
	const conversationUuid = text(payload.conversation_uuid) ?? '';
	const updatedAt = conversationOf(payload).updated_at;
	const since = micros(updatedAt);
	const fallback = stateChangeKey(family, conversationUuid, updatedAt);
	if (!conversationUuid || since === undefined) return fallback;
	// A removal has an entry only when a team change made it, so its state key is the poll's too.
	const unmatched =
		options.leaveUnmatched && event !== 'conversation.unassigned' ? undefined : fallback;
	try {
		const entry =
			event === 'conversation.unassigned'
				? await teamChangeBefore.call(this, conversationUuid, since)
				: await entryAfter.call(
						this,
						conversationUuid,
						event === 'conversation.status_changed'
							? ['status_change']
							: ['assigned_user_change', 'self_assign'],
						since,
					);
		return entry ? eventKey(family, entry.uuid) : unmatched;
	} catch (error) {
		// The event still starts the workflow; only its key may differ from the polling trigger's.
		// So does an answer that is not a page of entries (the error names the route).
		this.logger.warn(
			`Libredesk Trigger "${this.getNode().name}" could not read the activity entry of a ${event} delivery, so ${unmatched ? "its event_id is the conversation's state" : 'it is left to the Polling Trigger'}: ${(error as Error).message}`,
		);
		return unmatched;
	}
}

/** The delivery's `event_id` (undefined: leave the delivery to the Polling Trigger, see KeyOptions). */
export async function deliveryEventId(
	this: IWebhookFunctions,
	event: string,
	payload: IDataObject,
	timestamp: string,
	options: KeyOptions = { leaveUnmatched: false },
): Promise<string | undefined> {
	const family = familyOf(event);
	if (event === 'conversation.created' || event === 'message.created')
		return eventKey(family as string, text(payload.uuid) ?? payloadKey(event, '', payload));
	if (family === EVENT_FAMILIES.status || family === EVENT_FAMILIES.assignee)
		return await changeKey.call(this, event, family, payload, options);
	if (event === 'webhook.test') return `webhook.test:${timestamp}`;
	const subject =
		text(payload.conversation_uuid) ??
		text(conversationOf(payload).uuid) ??
		text(payload.uuid) ??
		'';
	return payloadKey(event, subject, payload);
}
