/**
 * What the polling trigger remembers between polls, in the workflow's static data (n8n saves it
 * with the workflow, so it survives restarts). Times are Libredesk's own, never n8n's clock.
 *
 * - `cursor`: the newest `last_message_at` read. Each poll reads the conversations active since
 *   `cursor` minus OVERLAP_MICROS, because Libredesk writes a conversation's `last_message_at`
 *   from its message's insert time a moment after the message is stored, so an earlier time can
 *   appear after a later one.
 * - `floor`: the newest `last_message_at` at the first poll. Nothing at or before it ever fires:
 *   the trigger starts from "now" instead of firing the history.
 * - `conversations`: the last state seen of each conversation (to tell what changed). Entries
 *   inside the overlap window are always kept; older ones are dropped beyond MAX_CONVERSATIONS,
 *   least recently active first (a dropped one is treated like one never seen: see poll.ts).
 * - `messages`: the incoming messages already fired, by UUID with their time, kept while they can
 *   still come back in the overlap window (at most MAX_MESSAGES).
 */
import type { IDataObject } from 'n8n-workflow';

import { micros } from './instants';

/** Five minutes: far more than Libredesk takes between storing a message and dating its conversation. */
export const OVERLAP_MICROS = 5 * 60 * 1_000_000;
export const MAX_CONVERSATIONS = 2000;
export const MAX_MESSAGES = 5000;

/** [last_message_at, last_interaction_at, status, assigned_user_id, assigned_team_id] */
export type SeenConversation = [string, string | null, string | null, number | null, number | null];

export interface PollMemory {
	/** The server-side filters the memory belongs to (the inboxes); another scope starts afresh. */
	scope: string;
	floor: number | null;
	cursor: number | null;
	conversations: Record<string, SeenConversation>;
	messages: Record<string, number>;
}

const KEY = 'libredeskPoll';

function isRecord(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The memory for this scope, or undefined before the first poll (or after the scope changed). */
export function readMemory(staticData: IDataObject, scope: string): PollMemory | undefined {
	const stored = staticData[KEY];
	if (!isRecord(stored) || stored.scope !== scope) return undefined;
	const number = (value: unknown) => (typeof value === 'number' ? value : null);
	return {
		scope,
		floor: number(stored.floor),
		cursor: number(stored.cursor),
		conversations: isRecord(stored.conversations)
			? (stored.conversations as unknown as PollMemory['conversations'])
			: {},
		messages: isRecord(stored.messages) ? (stored.messages as PollMemory['messages']) : {},
	};
}

/** Stores the memory, trimmed to its bounds. Called only after a poll succeeded. */
export function writeMemory(staticData: IDataObject, memory: PollMemory): void {
	const windowStart = memory.cursor === null ? undefined : memory.cursor - OVERLAP_MICROS;
	staticData[KEY] = {
		scope: memory.scope,
		floor: memory.floor,
		cursor: memory.cursor,
		conversations: boundedConversations(memory.conversations, windowStart),
		messages: boundedMessages(memory.messages, windowStart),
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

function boundedMessages(
	messages: PollMemory['messages'],
	windowStart: number | undefined,
): PollMemory['messages'] {
	const kept = Object.entries(messages)
		.filter(([, at]) => windowStart === undefined || at >= windowStart)
		.sort((a, b) => b[1] - a[1])
		.slice(0, MAX_MESSAGES);
	return Object.fromEntries(kept);
}
