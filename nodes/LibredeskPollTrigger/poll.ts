/**
 * One poll: read the conversations active since the last one, then for each the messages above
 * its mark: each customer message and each activity entry of a status or assignee change is an
 * event of its own (a change and its reversal are two). The state comparison remains only for
 * what Libredesk records no entry for (removing the agent or team). Conversations are handled
 * oldest activity first, so a poll that runs out of time can stop after any of them and leave the
 * rest, memory and cursor consistent, to the next poll. The memory is a copy: a poll that fails
 * part-way leaves nothing of it behind (see LibredeskPollTrigger.node.ts).
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import {
	EVENT_FAMILIES,
	activityFamily,
	activityType,
	eventKey,
	stateChangeKey,
} from '../shared/eventKey';
import { inScope } from '../shared/scope';
import { POLL_EVENTS } from './events';
import type { PollEvent } from './events';
import { micros } from '../shared/instants';
import { OVERLAP_MICROS } from './memory';
import type { PollMemory, SeenConversation } from './memory';
import { latestIncoming, messagesNewer, readActive, readNewest } from '../shared/scan';
import type { NewerThan } from '../shared/scan';

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

const idOf = (row: IDataObject) => (typeof row.id === 'number' ? row.id : null);
const teamOf = (row: IDataObject) =>
	typeof row.assigned_team_id === 'number' ? row.assigned_team_id : null;

function seenOf(row: IDataObject, mark: number | null, later = false): SeenConversation {
	const seen: SeenConversation = [
		String(row.last_message_at),
		typeof row.status === 'string' ? row.status : null,
		typeof row.assigned_user_id === 'number' ? row.assigned_user_id : null,
		teamOf(row),
		mark,
	];
	return later ? [...seen, 1] : seen;
}

function previousOf(seen: SeenConversation | undefined): IDataObject | null {
	return seen ? { status: seen[1], assigned_user_id: seen[2], assigned_team_id: seen[3] } : null;
}

/**
 * The first poll fires nothing: it remembers the conversations active in the window before the
 * newest one, that newest time as the floor, and the highest conversation ID.
 */
export async function firstMemory(
	this: IPollFunctions,
	settings: PollSettings,
	scope: string,
): Promise<PollMemory> {
	const [newest] = await readNewest.call(this, settings.inboxIds, 1);
	const memory: PollMemory = {
		scope,
		floor: null,
		cursor: null,
		newestConversationId: newest ? idOf(newest) : null,
		conversations: {},
		legacyMessages: {},
	};
	const since = windowAround(newest);
	if (since === undefined) return memory;
	for (const row of await readActive.call(this, settings.inboxIds, since)) {
		const at = micros(row.last_message_at);
		if (at === undefined || typeof row.uuid !== 'string') continue;
		memory.conversations[row.uuid] = seenOf(row, null);
		memory.cursor = Math.max(memory.cursor ?? at, at);
		const id = idOf(row);
		if (id !== null) memory.newestConversationId = Math.max(memory.newestConversationId ?? id, id);
	}
	memory.floor = memory.cursor;
	return memory;
}

interface Inspection {
	row: IDataObject;
	prev: SeenConversation | undefined;
	/** For a conversation without a mark: nothing at or before this fires. */
	since: number | undefined;
	/** The highest conversation ID known when the poll started. */
	newestId: number | null;
}

interface Inspected {
	events: IDataObject[];
	/** The conversation's new mark: the highest message ID handled, or null when not known. */
	mark: number | null;
	/** Messages recorded after the list was read were left for the next poll. */
	later?: boolean;
}

function wants(settings: PollSettings, event: PollEvent): boolean {
	return settings.events.includes(event);
}

/** Whether an unknown conversation is new: its ID is above every one seen (its clock may lie). */
function isNew(row: IDataObject, newestId: number | null): boolean {
	const id = idOf(row);
	return id !== null && (newestId === null || id > newestId);
}

/** What happened in one conversation, as output items (in order), and its new mark. */
async function inspect(
	this: IPollFunctions,
	settings: PollSettings,
	memory: PollMemory,
	{ row, prev, since, newestId }: Inspection,
): Promise<Inspected> {
	const uuid = row.uuid as string;
	// Out of scope, nothing is read: without a mark it is read by time once back in scope.
	if (!inScope({ teamId: teamOf(row) }, { teamIds: settings.teamIds }))
		return { events: [], mark: null };
	const events: IDataObject[] = [];
	const fresh = !prev && isNew(row, newestId);
	if (fresh && wants(settings, POLL_EVENTS.created))
		events.push({
			event: POLL_EVENTS.created,
			event_id: eventKey(EVENT_FAMILIES.created, uuid),
			timestamp: row.created_at,
			conversation: row,
		});

	const wantsChanges = wants(settings, POLL_EVENTS.status) || wants(settings, POLL_EVENTS.assignee);
	const wantsIncoming = wants(settings, POLL_EVENTS.incoming);
	let mark = prev ? prev[4] : fresh ? 0 : null;
	const recorded = new Set<string>();
	// Families with entries recorded after the row was listed: the row's state may already show
	// them, so the state is not compared for them now; the next poll fires their entries.
	const pending = new Set<string>();
	let lastAssignee: string | undefined;
	// Left for this poll by the last one: read again whatever the list says (and not left again, in
	// case Libredesk's last_message_at lags behind a message recorded at the same moment).
	const leftBefore = prev?.[5] === 1;
	let later = false;
	if ((!prev || leftBefore || prev[0] !== row.last_message_at) && (wantsChanges || wantsIncoming)) {
		const newer: NewerThan = mark === null ? { since } : { mark };
		const types = [...(wantsIncoming ? ['incoming'] : []), ...(wantsChanges ? ['activity'] : [])];
		// Messages recorded after the list was read (Libredesk sets last_message_at to the newest
		// message's created_at) belong to changes the listed row may not show yet: they wait for the
		// next poll, which reads them from the mark with a row that shows them.
		const listedUntil = leftBefore ? undefined : micros(row.last_message_at);
		for (const message of await messagesNewer.call(this, uuid, types, newer)) {
			const at = micros(message.created_at);
			later ||= listedUntil !== undefined && at !== undefined && at > listedUntil;
			if (later) {
				const family = message.type === 'activity' ? activityFamily(message) : undefined;
				if (family) pending.add(family);
				continue;
			}
			if (typeof message.id === 'number') mark = Math.max(mark ?? 0, message.id);
			const key = String(message.uuid);
			if (message.type === 'incoming') {
				if (message.private === true || !wantsIncoming || key in memory.legacyMessages) continue;
				events.push({
					event: POLL_EVENTS.incoming,
					event_id: eventKey(EVENT_FAMILIES.message, key),
					timestamp: message.created_at,
					message,
					conversation: row,
				});
				continue;
			}
			const family = activityFamily(message);
			if (family === undefined) continue;
			recorded.add(family);
			if (family === EVENT_FAMILIES.assignee) lastAssignee = activityType(message);
			const event = family === EVENT_FAMILIES.status ? POLL_EVENTS.status : POLL_EVENTS.assignee;
			if (wants(settings, event))
				events.push({
					event,
					event_id: eventKey(family, key),
					timestamp: message.created_at,
					previous: previousOf(prev),
					activity: message,
					conversation: row,
				});
		}
	}

	// What Libredesk records no entry for (removing the agent or team) shows only in the state:
	// a change since the last poll without an entry, or a removal after the last entry.
	const unrecorded = (event: PollEvent, family: string, changed: boolean, removedAfter = false) => {
		if (!wants(settings, event) || pending.has(family)) return;
		if (!(removedAfter || (prev && changed && !recorded.has(family)))) return;
		events.push({
			event,
			event_id: stateChangeKey(family, uuid, row.updated_at),
			timestamp: typeof row.updated_at === 'string' ? row.updated_at : null,
			previous: previousOf(prev),
			conversation: row,
		});
	};
	unrecorded(POLL_EVENTS.status, EVENT_FAMILIES.status, prev?.[1] !== row.status);
	unrecorded(
		POLL_EVENTS.assignee,
		EVENT_FAMILIES.assignee,
		prev?.[2] !== (row.assigned_user_id ?? null) || prev?.[3] !== teamOf(row),
		lastAssignee === 'assigned_team_change'
			? teamOf(row) === null
			: lastAssignee !== undefined && typeof row.assigned_user_id !== 'number',
	);
	return { events, mark, later };
}

/**
 * The events since the memory's cursor, oldest first; updates `memory` (a copy). Stops early,
 * with what it has, once `deadline` (a Date.now() time) has passed.
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
	const newestId = memory.newestConversationId;
	let highestId = newestId;
	let whole = true;
	const events: IDataObject[] = [];
	for (const { row, at } of rows) {
		if (Date.now() > deadline) {
			whole = false;
			break;
		}
		const uuid = row.uuid as string;
		const prev = memory.conversations[uuid];
		const found = await inspect.call(this, settings, memory, { row, prev, since, newestId });
		events.push(...found.events);
		memory.conversations[uuid] = seenOf(row, found.mark, found.later);
		memory.cursor = Math.max(memory.cursor ?? at, at);
		const id = idOf(row);
		if (id !== null) highestId = Math.max(highestId ?? id, id);
	}
	// A poll cut short may leave a new conversation with a lower ID for the next one.
	if (whole) memory.newestConversationId = highestId;
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
	const uuid = row.uuid as string;
	for (const event of settings.events) {
		if (event === POLL_EVENTS.incoming) {
			const message = await latestIncoming.call(this, uuid);
			if (message)
				samples.push({
					event,
					event_id: eventKey(EVENT_FAMILIES.message, String(message.uuid)),
					timestamp: message.created_at,
					message,
					conversation: row,
				});
		} else if (event === POLL_EVENTS.created) {
			samples.push({
				event,
				event_id: eventKey(EVENT_FAMILIES.created, uuid),
				timestamp: row.created_at,
				conversation: row,
			});
		} else {
			const family = event === POLL_EVENTS.status ? EVENT_FAMILIES.status : EVENT_FAMILIES.assignee;
			samples.push({
				event,
				event_id: stateChangeKey(family, uuid, row.updated_at),
				timestamp: row.updated_at,
				previous: null,
				conversation: row,
			});
		}
	}
	return samples;
}
