/** Libredesk lists the rules of one type per request (ordered by weight); "Any" asks for each type. */
import { unpagedGetManyOperation } from '../shared/unpagedGetMany';
import { AUTOMATION_RULE, RULE_TYPES } from './record';

export const { description, prepare, send } = unpagedGetManyOperation({
	endpoint: AUTOMATION_RULE.endpoint,
	permission: AUTOMATION_RULE.permission,
	filters: [
		{
			displayName: 'Enabled Only',
			name: 'enabledOnly',
			type: 'boolean',
			default: false,
			description: 'Whether to leave out disabled rules',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			default: '',
			options: [
				{ name: 'Any', value: '' },
				{
					name: 'New Conversation',
					value: 'new_conversation',
					description: 'Rules run when a conversation is created',
				},
				{
					name: 'Conversation Update',
					value: 'conversation_update',
					description: 'Rules run on events such as a status or priority change',
				},
				{
					name: 'Time Trigger',
					value: 'time_trigger',
					description: 'Rules Libredesk runs on a schedule',
				},
			],
		},
	],
	query: (filters) =>
		RULE_TYPES.filter((type) => !filters.type || filters.type === type).map((type) => ({ type })),
	keep: (rule, filters) => filters.enabledOnly !== true || rule.enabled === true,
});
