import type { IDataObject } from 'n8n-workflow';

import { micros, timestamp } from '../../../nodes/shared/instants';
import {
	MAX_CONVERSATIONS,
	OVERLAP_MICROS,
	readMemory,
	writeMemory,
} from '../../../nodes/LibredeskPollTrigger/memory';
import type { PollMemory, SeenConversation } from '../../../nodes/LibredeskPollTrigger/memory';

const cursor = micros('2026-08-08T12:00:00Z')!;
const seen = (at: number, mark: number | null = null): SeenConversation => [
	timestamp(at),
	'Open',
	null,
	null,
	mark,
];

function memory(fields: Partial<PollMemory> = {}): PollMemory {
	return {
		scope: '',
		floor: cursor,
		cursor,
		newestConversationId: 7,
		conversations: {},
		legacyMessages: {},
		...fields,
	};
}

describe('poll memory', () => {
	it('reads back what it wrote, for the same scope only', () => {
		const data: IDataObject = {};
		const written = memory({
			scope: '1,2',
			conversations: { a: seen(cursor, 41) },
			legacyMessages: { m: cursor },
		});
		writeMemory(data, written);
		expect(readMemory(JSON.parse(JSON.stringify(data)), '1,2')).toEqual(written);
		expect(readMemory(data, '2')).toBeUndefined();
		expect(readMemory({}, '')).toBeUndefined();
		expect(readMemory({ libredeskPoll: 'garbage' }, '')).toBeUndefined();
	});

	it(`keeps at most ${MAX_CONVERSATIONS} conversations, the most recently active, but every one inside the window`, () => {
		const conversations: PollMemory['conversations'] = {};
		// 10 inside the overlap window, then older ones, one second apart.
		for (let index = 0; index < MAX_CONVERSATIONS + 100; index++)
			conversations[`c${index}`] = seen(cursor - index * 1_000_000);
		const data: IDataObject = {};
		writeMemory(data, memory({ conversations }));
		const kept = Object.keys(readMemory(data, '')!.conversations);
		expect(kept).toHaveLength(MAX_CONVERSATIONS);
		expect(kept).toContain('c0');
		expect(kept).not.toContain(`c${MAX_CONVERSATIONS}`);

		// A window busier than the bound keeps all of its conversations.
		const busy: PollMemory['conversations'] = {};
		for (let index = 0; index < MAX_CONVERSATIONS + 10; index++)
			busy[`b${index}`] = seen(cursor - index);
		writeMemory(data, memory({ conversations: busy }));
		expect(Object.keys(readMemory(data, '')!.conversations)).toHaveLength(MAX_CONVERSATIONS + 10);
	});

	it('hands out a copy: changing it leaves the static data as it was', () => {
		const data: IDataObject = {};
		writeMemory(data, memory({ conversations: { a: seen(cursor, 1) } }));
		const saved = JSON.stringify(data);
		const copy = readMemory(data, '')!;
		copy.conversations.a[4] = 99;
		copy.conversations.b = seen(cursor, 2);
		copy.cursor = cursor + 1;
		expect(JSON.stringify(data)).toBe(saved);
	});

	it('upgrades version 1 (no marks, a global list of fired messages) without firing them again', () => {
		const v1 = {
			libredeskPoll: {
				scope: '',
				floor: cursor,
				cursor,
				conversations: { a: [timestamp(cursor), timestamp(cursor), 'Open', 2, 1] },
				messages: { m: cursor },
			},
		};
		expect(readMemory(v1, '')).toEqual({
			scope: '',
			floor: cursor,
			cursor,
			newestConversationId: null,
			conversations: { a: [timestamp(cursor), 'Open', 2, 1, null] },
			legacyMessages: { m: cursor },
		});
	});

	it('forgets the version 1 list once the window has passed it', () => {
		const data: IDataObject = {};
		writeMemory(
			data,
			memory({
				legacyMessages: { inside: cursor - OVERLAP_MICROS, outside: cursor - OVERLAP_MICROS - 1 },
			}),
		);
		expect(readMemory(data, '')!.legacyMessages).toEqual({ inside: cursor - OVERLAP_MICROS });
	});
});
