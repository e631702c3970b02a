import type { INodePropertyOptions } from 'n8n-workflow';

import { agentOperations } from './agent/Agent.resource';
import { automationRuleOperations } from './automationRule/AutomationRule.resource';
import { businessHoursOperations } from './businessHours/BusinessHours.resource';
import { contactOperations } from './contact/Contact.resource';
import { conversationOperations } from './conversation/Conversation.resource';
import { customAttributeOperations } from './customAttribute/CustomAttribute.resource';
import { eventOperations } from './event/Event.resource';
import { inboxOperations } from './inbox/Inbox.resource';
import { macroOperations } from './macro/Macro.resource';
import { messageOperations } from './message/Message.resource';
import type { LibredeskOperation, OperationValue } from './operationTypes';
import { reportOperations } from './report/Report.resource';
import { slaPolicyOperations } from './slaPolicy/SlaPolicy.resource';
import { statusOperations } from './status/Status.resource';
import { tagOperations } from './tag/Tag.resource';
import { teamOperations } from './team/Team.resource';
import { viewOperations } from './view/View.resource';

/** The options of the node's Resource field. */
export const resourceOptions = [
	{ name: 'Agent', value: 'agent' },
	{ name: 'Automation Rule', value: 'automationRule' },
	{ name: 'Business Hours', value: 'businessHours' },
	{ name: 'Contact', value: 'contact' },
	{ name: 'Conversation', value: 'conversation' },
	{ name: 'Custom Attribute', value: 'customAttribute' },
	{ name: 'Event', value: 'event' },
	{ name: 'Inbox', value: 'inbox' },
	{ name: 'Macro', value: 'macro' },
	{ name: 'Message', value: 'message' },
	{ name: 'Report', value: 'report' },
	{ name: 'SLA Policy', value: 'slaPolicy' },
	{ name: 'Status', value: 'status' },
	{ name: 'Tag', value: 'tag' },
	{ name: 'Team', value: 'team' },
	{ name: 'View', value: 'view' },
] as const satisfies readonly INodePropertyOptions[];

export type Resource = OperationValue<typeof resourceOptions>;

/**
 * resource -> operation -> module. A new operation is one file plus one option and one entry in its
 * resource; each resource's map is typed by its Operation options, so the compiler finds a gap.
 */
export const operations = {
	agent: agentOperations,
	automationRule: automationRuleOperations,
	businessHours: businessHoursOperations,
	contact: contactOperations,
	conversation: conversationOperations,
	customAttribute: customAttributeOperations,
	event: eventOperations,
	inbox: inboxOperations,
	macro: macroOperations,
	message: messageOperations,
	report: reportOperations,
	slaPolicy: slaPolicyOperations,
	status: statusOperations,
	tag: tagOperations,
	team: teamOperations,
	view: viewOperations,
} satisfies Record<Resource, Record<string, LibredeskOperation>>;

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The module of a resource's operation, as saved in a workflow; undefined if this version has none. */
export function findOperation(resource: string, operation: string): LibredeskOperation | undefined {
	if (!hasOwn(operations, resource)) return undefined;
	const ofResource: Record<string, LibredeskOperation> = operations[resource as Resource];
	return hasOwn(ofResource, operation) ? ofResource[operation] : undefined;
}
