/**
 * What the polling trigger remembers between polls, in the workflow's static data (n8n saves it
 * with the workflow, so it survives restarts). Times are Libredesk's own, never n8n's clock;
 * what is new is decided by Libredesk's IDs wherever it has them, so a clock that steps back hides
 * nothing.
 *
 * - `cursor`: the newest `last_message_at` read. Each poll reads the conversations active since
 *   `cursor` minus OVERLAP_MICROS (Libredesk dates a conversation a moment after storing its
 *   message, so an earlier time can appear after a later one; the overlap also absorbs a step
 *   back of Libredesk's clock of up to that much).
 * - `floor`: the newest `last_message_at` at the first poll; for conversations whose mark is not
 *   known, nothing at or before it fires (the trigger starts from "now").
 * - `newestConversationId`: the highest conversation ID seen. An unknown conversation with a
 *   higher ID is new, whatever its `created_at` says.
 * - `conversations`: per conversation, the state last seen (to tell the changes Libredesk records
 *   no activity entry for) and its mark: the highest message ID already handled. Only messages
 *   above the mark fire, so no message fires twice however many there are. Entries inside the
 *   overlap window are always kept; older ones are dropped beyond MAX_CONVERSATIONS, least
 *   recently active first (a dropped one comes back without a mark: see poll.ts).
 * - `legacyMessages`: version 1 of this memory kept a list of fired message UUIDs; it is kept,
 *   read-only, until the window has passed them, so an upgrade fires none of them again.
 */
import type { IDataObject } from 'n8n-workflow';

import { micros } from '../shared/instants';

/** Five minutes: far more than Libredesk takes between storing a message and dating its conversation. */
export const OVERLAP_MICROS = 5 * 60 * 1_000_000;
export const MAX_CONVERSATIONS = 2000;

/** [last_message_at, status, assigned_user_id, assigned_team_id, mark] */
export type SeenConversation =
	| [string, string | null, number | null, number | null, number | null]
	/** The last poll left messages recorded after the list was read for this one (poll.ts). */
	| [string, string | null, number | null, number | null, number | null, 1];

export interface PollMemory {
	/** The server-side filters the memory belongs to (the inboxes); another scope starts afresh. */
	scope: string;
	floor: number | null;
	cursor: number | null;
	newestConversationId: number | null;
	conversations: Record<string, SeenConversation>;
	legacyMessages: Record<string, number>;
}

const KEY = 'libredeskPoll';
const VERSION = 2;

function isRecord(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
const textOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/** Version 1 kept [last_message_at, last_interaction_at, status, user, team] and no mark. */
function upgraded(seen: unknown[]): SeenConversation {
	return [String(seen[0]), textOrNull(seen[2]), numberOrNull(seen[3]), numberOrNull(seen[4]), null];
}

/**
 * A copy of the memory for this scope (a poll changes the copy; only a poll that succeeded whole
 * writes it back), or undefined before the first poll or after the scope changed.
 */
export function readMemory(staticData: IDataObject, scope: string): PollMemory | undefined {
	const stored = staticData[KEY];
	if (!isRecord(stored) || stored.scope !== scope) return undefined;
	const copy = JSON.parse(JSON.stringify(stored)) as IDataObject;
	const current = copy.version === VERSION;
	const conversations: PollMemory['conversations'] = {};
	if (isRecord(copy.conversations))
		for (const [uuid, seen] of Object.entries(copy.conversations))
			if (Array.isArray(seen))
				conversations[uuid] = current ? (seen as SeenConversation) : upgraded(seen);
	const legacy = current ? copy.legacyMessages : copy.messages;
	return {
		scope,
		floor: numberOrNull(copy.floor),
		cursor: numberOrNull(copy.cursor),
		newestConversationId: numberOrNull(copy.newestConversationId),
		conversations,
		legacyMessages: isRecord(legacy) ? (legacy as PollMemory['legacyMessages']) : {},
	};
}

/** Stores the memory, trimmed to its bounds. Called only at the end of a poll that succeeded. */
export function writeMemory(staticData: IDataObject, memory: PollMemory): void {
	const windowStart = memory.cursor === null ? undefined : memory.cursor - OVERLAP_MICROS;
	staticData[KEY] = {
		version: VERSION,
		scope: memory.scope,
		floor: memory.floor,
		cursor: memory.cursor,
		newestConversationId: memory.newestConversationId,
		conversations: boundedConversations(memory.conversations, windowStart),
		legacyMessages: Object.fromEntries(
			Object.entries(memory.legacyMessages).filter(
				([, at]) => windowStart === undefined || at >= windowStart,
			),
		),
	} as unknown as IDataObject;
}

function boundedConversations(
	conversations: PollMemory['conversations'],
	windowStart: number | undefined,
): PollMemory['conversations'] {
	const entries = Object.entries(conversations).map(
		([uuid, seen]) => [uuid, seen, micros(seen[0]) ?? 0] as const,
	);
	if (entries.length <= MAX_CONVERSATIONS) return conversations;
	entries.sort((a, b) => b[2] - a[2]);
	const kept = entries.filter(
		([, , at], index) =>
			index < MAX_CONVERSATIONS || (windowStart !== undefined && at >= windowStart),
	);
	return Object.fromEntries(kept.map(([uuid, seen]) => [uuid, seen]));
}
