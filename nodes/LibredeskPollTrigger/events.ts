import type { INodePropertyOptions } from 'n8n-workflow';

import { subtitleOf } from '../shared/events';

/** What the polling trigger can notice by comparing what Libredesk lists now with what it saw. */
export const POLL_EVENTS = {
	created: 'conversation.created',
	status: 'conversation.status_changed',
	assignee: 'conversation.assignee_changed',
	incoming: 'message.incoming',
} as const;

export type PollEvent = (typeof POLL_EVENTS)[keyof typeof POLL_EVENTS];

export const POLL_EVENT_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Conversation Assignee Changed',
		value: POLL_EVENTS.assignee,
		description:
			'Each assignment of an agent or team, and each removal (output: conversation, previous, activity, event_id)',
	},
	{
		name: 'Conversation Status Changed',
		value: POLL_EVENTS.status,
		description:
			'Each change of status, a change and its reversal being two (output: conversation, previous, activity, event_id)',
	},
	{
		name: 'New Conversation',
		value: POLL_EVENTS.created,
		description: 'A conversation created since the last poll (output: conversation, event_id)',
	},
	{
		name: 'New Incoming Message',
		value: POLL_EVENTS.incoming,
		description:
			'A message from the customer since the last poll; private notes, agent replies and activity entries are left out (output: message, conversation, event_id)',
	},
];

/** The canvas subtitle: the selected events' display names. */
export const POLL_EVENTS_SUBTITLE = subtitleOf(POLL_EVENT_OPTIONS);
