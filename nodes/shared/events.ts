import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/** Libredesk's webhook events (the webhook_event enum in its schema): what a webhook can subscribe to. */
export const EVENT_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Conversation Assigned',
		value: 'conversation.assigned',
		description:
			'An agent was assigned, also when a conversation is created with an agent (payload: conversation_uuid, assigned_to, actor_id, conversation)',
	},
	{
		name: 'Conversation Created',
		value: 'conversation.created',
		description: 'A new conversation, from email, chat or the API (payload: the conversation)',
	},
	{
		name: 'Conversation Status Changed',
		value: 'conversation.status_changed',
		description:
			'Payload: conversation_uuid, previous_status, new_status, snooze_until, actor_id, conversation. Setting the status it already has sends nothing.',
	},
	{
		name: 'Conversation Tags Changed',
		value: 'conversation.tags_changed',
		description:
			'Sent on every tag update, even one that changes nothing (payload: conversation_uuid, previous_tags, new_tags, actor_id, conversation). Tags are names.',
	},
	{
		name: 'Conversation Unassigned',
		value: 'conversation.unassigned',
		description:
			'The agent was removed; also sent on every change of team (which removes the agent), even when no agent was assigned. Assigning the team or agent it already has sends nothing. Payload: conversation_uuid, actor_id, conversation.',
	},
	{
		name: 'Message Created',
		value: 'message.created',
		description:
			'Any new message: replies, incoming emails, private notes and activity entries (payload: the message)',
	},
	{
		name: 'Message Updated',
		value: 'message.updated',
		description: 'A message changed state, e.g. pending → sent or failed (payload: the message)',
	},
];

/** Not a Libredesk subscription: the event names automation rules send with "Trigger webhook". */
export const AUTOMATION_EVENTS = 'automation';

export const AUTOMATION_OPTION: INodePropertyOptions = {
	name: 'Automation Rule Event',
	value: AUTOMATION_EVENTS,
	description:
		"An event name of your own, sent by a Libredesk automation rule's Trigger Webhook action to this trigger's webhook (payload: conversation, actor_id)",
};

const STANDARD_EVENTS = EVENT_OPTIONS.map((option) => String(option.value));

/** A canvas subtitle: each event selected in "events" by its display name, not its raw value. */
export function subtitleOf(options: INodePropertyOptions[]): string {
	const names = Object.fromEntries(options.map((option) => [option.value, option.name]));
	return `={{ ($parameter["events"] || []).map((event) => (${JSON.stringify(names)})[event] || event).join(", ") }}`;
}

export function eventsSubtitle(): string {
	return subtitleOf([...EVENT_OPTIONS, AUTOMATION_OPTION]);
}

/**
 * The events the webhook subscribes to in Libredesk. Libredesk refuses a webhook without any, and
 * automation rules reach a webhook whatever its subscriptions: with only automation events
 * selected, it subscribes to conversation.created (the rarest event), whose deliveries `wanted`
 * then ignores.
 */
export function subscribedEvents(selected: string[]): string[] {
	const standard = STANDARD_EVENTS.filter((event) => selected.includes(event));
	return standard.length ? standard : ['conversation.created'];
}

/** The names typed in "Automation Event Names", split on commas and new lines. */
export function automationEventNames(text: string | undefined): string[] {
	return (text ?? '')
		.split(/[,\n]/)
		.map((name) => name.trim())
		.filter(Boolean);
}

export interface DeliveryFilters {
	skipPrivateAndActivity?: boolean;
	onlyIncoming?: boolean;
	inboxIds?: number[];
	teamIds?: number[];
}

export interface EventSelection {
	events: string[];
	/** Empty: any automation event name. */
	automationNames: string[];
}

/** Whether a delivery's event and message type should start the workflow (inbox and team: see scope.ts). */
export function wanted(
	event: string,
	payload: IDataObject,
	selection: EventSelection,
	filters: DeliveryFilters,
): boolean {
	// Libredesk's "Send test" button sends webhook.test; let it through so users can check the link.
	if (event === 'webhook.test') return true;
	if (!STANDARD_EVENTS.includes(event)) {
		if (!selection.events.includes(AUTOMATION_EVENTS)) return false;
		return selection.automationNames.length === 0 || selection.automationNames.includes(event);
	}
	if (!selection.events.includes(event)) return false;
	if (event.startsWith('message.')) {
		if (filters.skipPrivateAndActivity && (payload.private === true || payload.type === 'activity'))
			return false;
		if (filters.onlyIncoming && payload.type !== 'incoming') return false;
	}
	return true;
}
