import type { INodePropertyOptions } from 'n8n-workflow';

import { subtitleOf } from '../LibredeskTrigger/events';

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
			'The assigned agent or team differs from the last poll (output: conversation, previous)',
	},
	{
		name: 'Conversation Status Changed',
		value: POLL_EVENTS.status,
		description: 'The status differs from the last poll (output: conversation, previous)',
	},
	{
		name: 'New Conversation',
		value: POLL_EVENTS.created,
		description: 'A conversation created since the last poll (output: conversation)',
	},
	{
		name: 'New Incoming Message',
		value: POLL_EVENTS.incoming,
		description:
			'A message from the customer since the last poll; private notes, agent replies and activity entries are left out (output: message, conversation)',
	},
];

/** The canvas subtitle: the selected events' display names. */
export const POLL_EVENTS_SUBTITLE = subtitleOf(POLL_EVENT_OPTIONS);
