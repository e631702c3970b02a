import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { agentDescription } from './actions/agent/Agent.resource';
import { automationRuleDescription } from './actions/automationRule/AutomationRule.resource';
import { businessHoursDescription } from './actions/businessHours/BusinessHours.resource';
import { contactDescription } from './actions/contact/Contact.resource';
import { conversationDescription } from './actions/conversation/Conversation.resource';
import { customAttributeDescription } from './actions/customAttribute/CustomAttribute.resource';
import { eventDescription } from './actions/event/Event.resource';
import { inboxDescription } from './actions/inbox/Inbox.resource';
import { macroDescription } from './actions/macro/Macro.resource';
import { messageDescription } from './actions/message/Message.resource';
import { resourceOptions } from './actions/operationMap';
import { reportDescription } from './actions/report/Report.resource';
import { slaPolicyDescription } from './actions/slaPolicy/SlaPolicy.resource';
import { statusDescription } from './actions/status/Status.resource';
import { route } from './actions/router';
import { requestsInParallelSettings } from './concurrency';
import { tagDescription } from './actions/tag/Tag.resource';
import { teamDescription } from './actions/team/Team.resource';
import { viewDescription } from './actions/view/View.resource';
import { credentialTest, listSearch, loadOptions, resourceMapping } from './methods';

/**
 * Programmatic rather than declarative: operations upload files before they create, check input
 * before any request, and map Libredesk's error envelope into clear errors (see actions/router.ts).
 */
export class Libredesk implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Libredesk',
		name: 'libredesk',
		icon: { light: 'file:libredesk.svg', dark: 'file:libredesk.dark.svg' },
		group: ['output'],
		// 1.1: "Requests in Parallel" defaults to Auto; version 1 keeps its fixed number (50 unless set).
		// 1.2: custom attributes are typed fields (resource mapper) or checked JSON; 1 and 1.1 keep
		// their JSON field as it was.
		version: [1, 1.1, 1.2],
		defaultVersion: 1.2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, route, tag and answer conversations and manage contacts in Libredesk, the open-source helpdesk',
		defaults: { name: 'Libredesk' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'libredeskApi',
				required: true,
				testedBy: 'libredeskApiTest',
				// Event → Deduplicate sends nothing to Libredesk.
				displayOptions: { hide: { resource: ['event'] } },
			},
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [...resourceOptions],
				default: 'conversation',
			},
			...conversationDescription,
			...messageDescription,
			...contactDescription,
			...agentDescription,
			...teamDescription,
			...inboxDescription,
			...customAttributeDescription,
			...eventDescription,
			...viewDescription,
			...reportDescription,
			...tagDescription,
			...macroDescription,
			...statusDescription,
			...automationRuleDescription,
			...slaPolicyDescription,
			...businessHoursDescription,
			...requestsInParallelSettings,
		],
	};

	methods = { listSearch, loadOptions, resourceMapping, credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this);
	}
}
