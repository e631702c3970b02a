/**
 * What Libredesk recorded, read back through its API after the load, as the event keys both
 * triggers must fire (the shared key builder of nodes/shared/eventKey.ts), and the
 * comparison with the keys that reached the sink: lost and fired twice, per event family.
 */
import type { IDataObject } from 'n8n-workflow';

import { EVENT_FAMILIES, activityFamily, eventKey } from '../../nodes/shared/eventKey';
import type { LibredeskClient } from '../live/api';
import type { Fired } from './recorder';

export const FAMILIES = [
	EVENT_FAMILIES.created,
	EVENT_FAMILIES.message,
	EVENT_FAMILIES.status,
	EVENT_FAMILIES.assignee,
];

interface Message extends IDataObject {
	uuid: string;
	type: string;
	private: boolean;
}

/** Every key the load's conversations should fire, read from Libredesk. */
export async function expectedKeys(
	client: LibredeskClient,
	conversations: string[],
): Promise<Set<string>> {
	const keys = new Set<string>();
	for (const uuid of conversations) {
		keys.add(eventKey(EVENT_FAMILIES.created, uuid));
		for (let page = 1; page < 50; page++) {
			const data = await client.data<{ results: Message[] | null; total_pages: number }>(
				'GET',
				`/api/v1/conversations/${uuid}/messages?page=${page}&page_size=100`,
			);
			for (const message of data.results ?? []) {
				if (message.type === 'incoming' && !message.private)
					keys.add(eventKey(EVENT_FAMILIES.message, message.uuid));
				const family = message.type === 'activity' ? activityFamily(message) : undefined;
				if (family) keys.add(eventKey(family, message.uuid));
			}
			if (page >= (data.total_pages ?? 1)) break;
		}
	}
	return keys;
}

/** The conversation a fired item is about, in either trigger's shape. */
export function conversationOf(item: Record<string, unknown>): string | undefined {
	const payload = (item.payload ?? {}) as Record<string, unknown>;
	const conversation = (item.conversation ?? payload.conversation ?? {}) as Record<string, unknown>;
	const candidates = [
		conversation.uuid,
		payload.conversation_uuid,
		item.event === 'conversation.created' ? payload.uuid : undefined,
	];
	return candidates.find((value): value is string => typeof value === 'string');
}

export interface FamilyCount {
	expected: number;
	fired: number;
	lost: number;
	twice: number;
	/** Keys of the load's conversations that Libredesk's record does not explain. */
	unexpected: number;
}

export interface Comparison {
	families: Record<string, FamilyCount>;
	lost: string[];
	twice: string[];
	unexpected: string[];
	/** How many of the fired keys came through each trigger. */
	via: Record<string, number>;
}

export function familyOfKey(key: string): string {
	return key.slice(0, key.indexOf(':'));
}

/** The fired keys of one set-up against the expected ones. */
export function compare(
	expected: Set<string>,
	fired: Fired[],
	tag: string,
	conversations: Set<string>,
): Comparison {
	const counts = new Map<string, number>();
	const via: Record<string, number> = {};
	for (const entry of fired) {
		if (entry.tag !== tag) continue;
		const conversation = conversationOf(entry.item);
		if (!conversation || !conversations.has(conversation)) continue;
		const key = String(entry.item.event_id ?? `(no event_id) ${String(entry.item.event)}`);
		counts.set(key, (counts.get(key) ?? 0) + 1);
		via[entry.via] = (via[entry.via] ?? 0) + 1;
	}
	const families: Record<string, FamilyCount> = {};
	const family = (name: string) =>
		(families[name] ??= { expected: 0, fired: 0, lost: 0, twice: 0, unexpected: 0 });
	for (const name of FAMILIES) family(name);
	const lost: string[] = [];
	const twice: string[] = [];
	const unexpected: string[] = [];
	for (const key of expected) {
		const count = family(familyOfKey(key));
		count.expected++;
		const times = counts.get(key) ?? 0;
		if (times === 0) {
			count.lost++;
			lost.push(key);
		} else count.fired++;
		if (times > 1) {
			count.twice++;
			twice.push(key);
		}
	}
	for (const [key, times] of counts) {
		if (expected.has(key)) continue;
		family(familyOfKey(key)).unexpected++;
		unexpected.push(times > 1 ? `${key} (x${times})` : key);
	}
	return { families, lost, twice, unexpected, via };
}
