import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as addTags from './addTags.operation';
import * as applyMacro from './applyMacro.operation';
import * as assign from './assign.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getParticipants from './getParticipants.operation';
import * as getTranscript from './getTranscript.operation';
import * as markUnread from './markUnread.operation';
import * as removeTags from './removeTags.operation';
import * as search from './search.operation';
import * as setTags from './setTags.operation';
import * as unassign from './unassign.operation';
import * as updateCustomAttributes from './updateCustomAttributes.operation';
import * as updatePriority from './updatePriority.operation';
import * as updateStatus from './updateStatus.operation';

const operationOptions = [
	{
		name: 'Add Tags',
		value: 'addTags',
		action: 'Add tags to a conversation',
		description: 'Add existing tags to a conversation; outputs the updated conversation',
	},
	{
		name: 'Apply Macro',
		value: 'applyMacro',
		action: 'Apply a macro to a conversation',
		description:
			"Run a macro's actions (assign, status, priority, tags); outputs the updated conversation",
	},
	{
		name: 'Assign',
		value: 'assign',
		action: 'Assign a conversation',
		description: 'Assign a conversation to an agent or a team; outputs the updated conversation',
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a conversation',
		description:
			'Open a new conversation in an email inbox, for a new or existing contact, with its first message',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a conversation',
		description: 'Get a conversation by its UUID or reference number',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many conversations',
		description:
			"List conversations, with filters, from a list, a team's unassigned queue or a saved view",
	},
	{
		name: 'Get Participants',
		value: 'getParticipants',
		action: 'Get the participants of a conversation',
		description: 'List the contact and agents who wrote in a conversation',
	},
	{
		name: 'Get Transcript',
		value: 'getTranscript',
		action: 'Get the transcript of a conversation',
		description:
			'Get the customer-visible messages of a conversation as text, optionally as a file too',
	},
	{
		name: 'Mark Unread',
		value: 'markUnread',
		action: 'Mark a conversation as unread',
		description: "Mark a conversation unread for the API key's agent",
	},
	{
		name: 'Remove Tags',
		value: 'removeTags',
		action: 'Remove tags from a conversation',
		description: 'Remove tags from a conversation; outputs the updated conversation',
	},
	{
		name: 'Search',
		value: 'search',
		action: 'Search conversations',
		description: 'Find conversations by reference number or contact email',
	},
	{
		name: 'Set Tags',
		value: 'setTags',
		action: 'Set the tags of a conversation',
		description: 'Replace all tags of a conversation; outputs the updated conversation',
	},
	{
		name: 'Unassign',
		value: 'unassign',
		action: 'Unassign a conversation',
		description: 'Remove the assigned agent or team; outputs the updated conversation',
	},
	{
		name: 'Update Custom Attributes',
		value: 'updateCustomAttributes',
		action: 'Update custom attributes of a conversation',
		description: 'Merge or replace custom attributes; outputs the updated conversation',
	},
	{
		name: 'Update Priority',
		value: 'updatePriority',
		action: 'Update the priority of a conversation',
		description: 'Set the priority by name; outputs the updated conversation',
	},
	{
		name: 'Update Status',
		value: 'updateStatus',
		action: 'Update the status of a conversation',
		description: 'Open, snooze, resolve or close a conversation; outputs the updated conversation',
	},
] as const satisfies readonly INodePropertyOptions[];

/** operation value -> module; the compiler checks it against the options above. */
export const conversationOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = {
	addTags,
	applyMacro,
	assign,
	create,
	get,
	getAll,
	getParticipants,
	getTranscript,
	markUnread,
	removeTags,
	search,
	setTags,
	unassign,
	updateCustomAttributes,
	updatePriority,
	updateStatus,
};

export const conversationDescription: INodeProperties[] = resourceProperties(
	'conversation',
	operationOptions,
	'create',
	conversationOperations,
);
