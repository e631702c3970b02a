/**
 * One poll: read the conversations active since the last one, compare each with what the memory
 * holds, and say what happened. Conversations are handled oldest activity first, so a poll that
 * runs out of time can stop after any of them and leave the rest, memory and cursor consistent,
 * to the next poll.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { inScope } from '../LibredeskTrigger/scope';
import { ASSIGNEE_ACTIVITIES, POLL_EVENTS, STATUS_ACTIVITIES } from './events';
import type { PollEvent } from './events';
import { isAfter, micros } from './instants';
import { OVERLAP_MICROS } from './memory';
import type { PollMemory, SeenConversation } from './memory';
import { latestIncoming, messagesSince, readActive, readNewest } from './scan';

export interface PollSettings {
	events: PollEvent[];
	inboxIds: number[];
	teamIds: number[];
}

/** Before the first poll's conversations are remembered, how far back the window reaches. */
function windowAround(newest: IDataObject | undefined): number | undefined {
	const at = micros(newest?.last_message_at);
	return at === undefined ? undefined : at - OVERLAP_MICROS;
}

function seenOf(row: IDataObject): SeenConversation {
	const id = (value: unknown) => (typeof value === 'number' ? value : null);
	const text = (value: unknown) => (typeof value === 'string' ? value : null);
	return [
		String(row.last_message_at),
		text(row.last_interaction_at),
		text(row.status),
		id(row.assigned_user_id),
		id(row.assigned_team_id),
	];
}

function previousOf(seen: SeenConversation | undefined): IDataObject | null {
	return seen ? { status: seen[2], assigned_user_id: seen[3], assigned_team_id: seen[4] } : null;
}

/**
 * The first poll fires nothing: it remembers the conversations active in the window before the
 * newest one, and that newest time as the floor.
 */
export async function firstMemory(
	this: IPollFunctions,
	settings: PollSettings,
	scope: string,
): Promise<PollMemory> {
	const [newest] = await readNewest.call(this, settings.inboxIds, 1);
	const memory: PollMemory = { scope, floor: null, cursor: null, conversations: {}, messages: {} };
	const since = windowAround(newest);
	if (since === undefined) return memory;
	for (const row of await readActive.call(this, settings.inboxIds, since)) {
		const at = micros(row.last_message_at);
		if (at === undefined || typeof row.uuid !== 'string') continue;
		memory.conversations[row.uuid] = seenOf(row);
		memory.cursor = Math.max(memory.cursor ?? at, at);
	}
	memory.floor = memory.cursor;
	return memory;
}

interface Inspection {
	row: IDataObject;
	prev: SeenConversation | undefined;
	/** Nothing at or before this fires: the window's start or the floor, whichever is later. */
	since: number | undefined;
}

function wants(settings: PollSettings, event: PollEvent): boolean {
	return settings.events.includes(event);
}

/** What changed in one conversation, as output items (in order). */
async function inspect(
	this: IPollFunctions,
	settings: PollSettings,
	memory: PollMemory,
	{ row, prev, since }: Inspection,
): Promise<IDataObject[]> {
	const uuid = row.uuid as string;
	const found: IDataObject[] = [];
	const teamId = typeof row.assigned_team_id === 'number' ? row.assigned_team_id : null;
	if (!inScope({ teamId }, { teamIds: settings.teamIds })) return found;
	const changed = (event: PollEvent, at: unknown, previous: IDataObject | null) =>
		found.push({
			event,
			timestamp: typeof at === 'string' ? at : null,
			previous,
			conversation: row,
		});

	if (prev) {
		if (wants(settings, POLL_EVENTS.status) && prev[2] !== row.status)
			changed(POLL_EVENTS.status, row.updated_at, previousOf(prev));
		if (
			wants(settings, POLL_EVENTS.assignee) &&
			(prev[3] !== (row.assigned_user_id ?? null) || prev[4] !== teamId)
		)
			changed(POLL_EVENTS.assignee, row.updated_at, previousOf(prev));
	} else if (isAfter(row.created_at, since)) {
		if (wants(settings, POLL_EVENTS.created))
			found.push({ event: POLL_EVENTS.created, timestamp: row.created_at, conversation: row });
	} else if (wants(settings, POLL_EVENTS.status) || wants(settings, POLL_EVENTS.assignee)) {
		// Not seen before (quiet since before the trigger started, or dropped from the memory):
		// Libredesk's activity entries tell whether its status or assignee changed in the window.
		const activity = await messagesSince.call(this, uuid, ['activity'], since, false);
		const last = (types: string[]) =>
			activity
				.filter((entry) => types.includes(String((entry.meta as IDataObject)?.activity_type)))
				.pop();
		const status = last(STATUS_ACTIVITIES);
		const assignee = last(ASSIGNEE_ACTIVITIES);
		if (status && wants(settings, POLL_EVENTS.status))
			changed(POLL_EVENTS.status, status.created_at, null);
		if (assignee && wants(settings, POLL_EVENTS.assignee))
			changed(POLL_EVENTS.assignee, assignee.created_at, null);
	}

	if (
		wants(settings, POLL_EVENTS.incoming) &&
		isAfter(row.last_interaction_at, since) &&
		prev?.[1] !== row.last_interaction_at
	) {
		for (const message of await messagesSince.call(this, uuid, ['incoming'], since, true)) {
			const key = String(message.uuid);
			if (key in memory.messages) continue;
			memory.messages[key] = micros(message.created_at) ?? 0;
			found.push({
				event: POLL_EVENTS.incoming,
				timestamp: message.created_at,
				message,
				conversation: row,
			});
		}
	}
	return found;
}

/**
 * The events since the memory's cursor, oldest first; updates `memory`. Stops early, with what it
 * has, once `deadline` (a Date.now() time) has passed.
 */
export async function pollChanges(
	this: IPollFunctions,
	settings: PollSettings,
	memory: PollMemory,
	deadline: number,
): Promise<IDataObject[]> {
	const windowStart = memory.cursor === null ? undefined : memory.cursor - OVERLAP_MICROS;
	const since =
		memory.floor === null || (windowStart !== undefined && windowStart > memory.floor)
			? windowStart
			: memory.floor;
	const rows = (await readActive.call(this, settings.inboxIds, windowStart))
		.map((row) => ({ row, at: micros(row.last_message_at) }))
		.filter(
			(entry): entry is { row: IDataObject; at: number } =>
				entry.at !== undefined && typeof entry.row.uuid === 'string',
		)
		.sort((a, b) => a.at - b.at);
	const events: IDataObject[] = [];
	for (const { row, at } of rows) {
		if (Date.now() > deadline) break;
		const uuid = row.uuid as string;
		const prev = memory.conversations[uuid];
		events.push(...(await inspect.call(this, settings, memory, { row, prev, since })));
		memory.conversations[uuid] = seenOf(row);
		memory.cursor = Math.max(memory.cursor ?? at, at);
	}
	return events;
}

/** Manual runs ("Fetch Test Event"): the newest conversation in scope, once per selected event. */
export async function sampleEvents(
	this: IPollFunctions,
	settings: PollSettings,
): Promise<IDataObject[]> {
	const row = (await readNewest.call(this, settings.inboxIds, 50)).find((candidate) =>
		inScope(
			{
				teamId: typeof candidate.assigned_team_id === 'number' ? candidate.assigned_team_id : null,
			},
			{ teamIds: settings.teamIds },
		),
	);
	if (!row) return [];
	const samples: IDataObject[] = [];
	for (const event of settings.events) {
		if (event === POLL_EVENTS.incoming) {
			const message = await latestIncoming.call(this, row.uuid as string);
			if (message)
				samples.push({ event, timestamp: message.created_at, message, conversation: row });
		} else if (event === POLL_EVENTS.created) {
			samples.push({ event, timestamp: row.created_at, conversation: row });
		} else {
			samples.push({ event, timestamp: row.updated_at, previous: null, conversation: row });
		}
	}
	return samples;
}
