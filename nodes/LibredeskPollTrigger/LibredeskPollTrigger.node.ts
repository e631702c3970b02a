import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { credentialTest } from '../Libredesk/methods';
import { InputChecker } from '../Libredesk/helpers/validation';
import { getInboxes, getTeams } from '../Libredesk/methods/loadOptions';
import { INBOX_SCOPE_OPTION, TEAM_SCOPE_OPTION } from '../shared/scope';
import { POLL_EVENT_OPTIONS, POLL_EVENTS_SUBTITLE } from './events';
import type { PollEvent } from './events';
import { readMemory, writeMemory } from './memory';
import { firstMemory, pollChanges, sampleEvents } from './poll';
import type { PollSettings } from './poll';

/** n8n's default when it does not say (n8n before 2.x has no poll budget). */
const DEFAULT_BUDGET_MS = 5 * 60 * 1000;

const KNOWN_EVENTS = POLL_EVENT_OPTIONS.map((option) => String(option.value));

function idList(context: IPollFunctions, field: string, value: unknown): number[] {
	return new InputChecker(context.getNode()).idList(
		field,
		value,
		'Pick from the list, or give whole numbers (IDs) in the expression.',
	);
}

/** The parameters, checked before any request. */
function readSettings(context: IPollFunctions): PollSettings {
	const events = context.getNodeParameter('events', []) as string[];
	if (!Array.isArray(events) || events.length === 0)
		throw new NodeOperationError(context.getNode(), 'The "Events" field is empty', {
			description: 'Pick at least one event that should start the workflow.',
		});
	const unknown = events.find((event) => !KNOWN_EVENTS.includes(event));
	if (unknown !== undefined)
		throw new NodeOperationError(
			context.getNode(),
			`The "Events" field contains ${JSON.stringify(unknown)}, which the trigger does not know`,
			{ description: `Use these: ${KNOWN_EVENTS.join(', ')}.` },
		);
	const options = context.getNodeParameter('options', {}) as IDataObject;
	return {
		events: events as PollEvent[],
		inboxIds: idList(context, 'Inbox Names or IDs', options.inboxIds),
		teamIds: idList(context, 'Team Names or IDs', options.teamIds),
	};
}

export class LibredeskPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Libredesk Polling Trigger',
		name: 'libredeskPollTrigger',
		icon: {
			light: 'file:../Libredesk/libredesk.svg',
			dark: 'file:../Libredesk/libredesk.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: POLL_EVENTS_SUBTITLE,
		description:
			'Starts the workflow when Libredesk has new conversations, status or assignee changes, or new customer messages, by asking Libredesk on a schedule (no webhook needed)',
		defaults: { name: 'Libredesk Polling Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'libredeskApi', required: true, testedBy: 'libredeskApiTest' }],
		polling: true,
		properties: [
			{
				displayName:
					'Checks Libredesk at the Poll Times below. Use it when Libredesk cannot reach this n8n; otherwise the Libredesk Trigger (webhooks) is faster and lighter. The API key needs conversations:read_all and messages:read.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description:
					'What starts the workflow. The first poll after activation fires nothing: the trigger starts from that moment.',
				options: POLL_EVENT_OPTIONS,
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [INBOX_SCOPE_OPTION, TEAM_SCOPE_OPTION],
			},
		],
	};

	methods = { loadOptions: { getInboxes, getTeams }, credentialTest };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readSettings(this);
		if (this.getMode() === 'manual') {
			// A test run shows the newest data and leaves the trigger's memory alone.
			const samples = await sampleEvents.call(this, settings);
			return samples.length ? [this.helpers.returnJsonArray(samples)] : null;
		}
		const staticData = this.getWorkflowStaticData('node');
		const scope = settings.inboxIds
			.slice()
			.sort((a, b) => a - b)
			.join(',');
		const memory = readMemory(staticData, scope);
		if (!memory) {
			writeMemory(staticData, await firstMemory.call(this, settings, scope));
			return null;
		}
		const budget =
			typeof this.getPollBudgetMs === 'function' ? this.getPollBudgetMs() : DEFAULT_BUDGET_MS;
		// Half the budget for reading: the rest is left for handing the items to n8n.
		const events = await pollChanges.call(this, settings, memory, Date.now() + budget / 2);
		writeMemory(staticData, memory);
		return events.length ? [this.helpers.returnJsonArray(events)] : null;
	}
}
