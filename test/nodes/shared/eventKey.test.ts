/** The shared key builder (pure functions). */
import {
	EVENT_FAMILIES,
	activityFamily,
	activityType,
	eventKey,
	familyOf,
	payloadKey,
	stateChangeKey,
} from '../../../nodes/shared/eventKey';

describe('event keys', () => {
	it('maps the event names of both triggers to one family each', () => {
		expect(familyOf('message.created')).toBe(familyOf('message.incoming'));
		expect(familyOf('conversation.assigned')).toBe(EVENT_FAMILIES.assignee);
		expect(familyOf('conversation.unassigned')).toBe(EVENT_FAMILIES.assignee);
		expect(familyOf('conversation.assignee_changed')).toBe(EVENT_FAMILIES.assignee);
		expect(familyOf('conversation.status_changed')).toBe(EVENT_FAMILIES.status);
		expect(familyOf('conversation.created')).toBe(EVENT_FAMILIES.created);
		expect(familyOf('conversation.tags_changed')).toBeUndefined();
		expect(familyOf('vip_waiting')).toBeUndefined();
	});

	it('tells the activity entries of status and assignee changes from the others', () => {
		const entry = (type: string) => ({ type: 'activity', meta: { activity_type: type } });
		expect(activityFamily(entry('status_change'))).toBe(EVENT_FAMILIES.status);
		for (const type of ['assigned_user_change', 'assigned_team_change', 'self_assign'])
			expect(activityFamily(entry(type))).toBe(EVENT_FAMILIES.assignee);
		expect(activityFamily(entry('tag_added'))).toBeUndefined();
		expect(activityFamily({ meta: {} })).toBeUndefined();
		expect(activityType({ meta: null })).toBe('');
		expect(activityType({ meta: [] })).toBe('');
	});

	it('keys by UUID, by the state Libredesk left, or by the payload', () => {
		expect(eventKey(EVENT_FAMILIES.message, 'm-1')).toBe('message.created:m-1');
		// Go's RFC 3339 with nanoseconds and Postgres's microseconds give the same key.
		expect(stateChangeKey(EVENT_FAMILIES.assignee, 'c-1', '2026-12-07T04:00:00.123456789Z')).toBe(
			stateChangeKey(EVENT_FAMILIES.assignee, 'c-1', '2026-12-07T05:00:00.123456+01:00'),
		);
		expect(stateChangeKey(EVENT_FAMILIES.assignee, 'c-1', '2026-12-07T04:00:00.123456Z')).toBe(
			'conversation.assignee_changed:c-1@1796616000123456',
		);
		const payload = { conversation_uuid: 'c-1', new_tags: ['vip'] };
		expect(payloadKey('conversation.tags_changed', 'c-1', payload)).toBe(
			payloadKey('conversation.tags_changed', 'c-1', { ...payload }),
		);
		expect(payloadKey('conversation.tags_changed', 'c-1', payload)).not.toBe(
			payloadKey('conversation.tags_changed', 'c-1', { ...payload, new_tags: [] }),
		);
		expect(payloadKey('conversation.tags_changed', 'c-1', payload)).toMatch(
			/^conversation\.tags_changed:c-1@[0-9a-f]{32}$/,
		);
	});
});
