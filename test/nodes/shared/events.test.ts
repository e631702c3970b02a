import { automationEventNames, subscribedEvents, wanted } from '../../../nodes/shared/events';

describe('subscribedEvents', () => {
	it('subscribes to the standard events selected, in a fixed order, never to "automation"', () => {
		expect(subscribedEvents(['message.created', 'automation', 'conversation.created'])).toEqual([
			'conversation.created',
			'message.created',
		]);
	});

	it('subscribes to conversation.created when only automation rule events are selected (Libredesk needs one)', () => {
		expect(subscribedEvents(['automation'])).toEqual(['conversation.created']);
	});
});

describe('automationEventNames', () => {
	it('splits on commas and new lines and drops blanks', () => {
		expect(automationEventNames(' vip_waiting,\npriority_escalated , ,')).toEqual([
			'vip_waiting',
			'priority_escalated',
		]);
		expect(automationEventNames(undefined)).toEqual([]);
	});
});

describe('wanted', () => {
	const only = (events: string[], automationNames: string[] = []) => ({ events, automationNames });

	it('takes selected standard events and always webhook.test', () => {
		expect(wanted('conversation.created', {}, only(['conversation.created']), {})).toBe(true);
		expect(wanted('conversation.assigned', {}, only(['conversation.created']), {})).toBe(false);
		expect(wanted('webhook.test', {}, only([]), {})).toBe(true);
	});

	it('takes custom names only with automation selected, limited to the names listed when there are any', () => {
		expect(wanted('vip_waiting', {}, only(['conversation.created']), {})).toBe(false);
		expect(wanted('vip_waiting', {}, only(['automation']), {})).toBe(true);
		expect(wanted('vip_waiting', {}, only(['automation'], ['priority_escalated']), {})).toBe(false);
		expect(wanted('priority_escalated', {}, only(['automation'], ['priority_escalated']), {})).toBe(
			true,
		);
		// A standard event is never taken for a custom one.
		expect(wanted('conversation.created', {}, only(['automation']), {})).toBe(false);
	});

	it('applies the message filters to message events only', () => {
		const events = only(['message.created', 'conversation.created']);
		expect(
			wanted('message.created', { type: 'activity', private: true }, events, {
				skipPrivateAndActivity: true,
			}),
		).toBe(false);
		expect(
			wanted('message.created', { type: 'outgoing', private: false }, events, {
				onlyIncoming: true,
			}),
		).toBe(false);
		expect(
			wanted('message.created', { type: 'incoming', private: false }, events, {
				onlyIncoming: true,
				skipPrivateAndActivity: true,
			}),
		).toBe(true);
		expect(wanted('conversation.created', { type: 'x' }, events, { onlyIncoming: true })).toBe(
			true,
		);
	});
});
