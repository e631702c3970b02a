import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { libredeskApiRequest, readConversation } from '../../transport';
import { conversationUuid } from '../../helpers/recordIds';
import { requireName } from '../../helpers/knownNames';
import { InputChecker } from '../../helpers/validation';
import { conversationLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';
/** Go's time.ParseDuration form, which Libredesk uses for snoozing: 30m, 2h, 1h30m, 48h. */
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

export const description: INodeProperties[] = [
	conversationLocator(),
	{
		displayName: 'Status Name or ID',
		name: 'status',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getStatuses' },
		default: '',
		required: true,
		description:
			'The new status by name. The node checks it against Libredesk\'s statuses first (Libredesk fails on an unknown one). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Snooze For',
		name: 'snoozeFor',
		type: 'string',
		default: '24h',
		placeholder: 'e.g. 2h, 30m, 1h30m',
		description:
			'How long to snooze, as hours and minutes such as 2h, 30m or 1h30m. Required for the Snoozed status.',
		// Shown for Snoozed, and when the status is an expression (it may turn out to be Snoozed).
		displayOptions: { show: { status: ['Snoozed', { _cnd: { startsWith: '=' } }] } },
	},
];

interface StatusRequest {
	uuid: string;
	status: string;
	snoozeFor?: string;
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<StatusRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const status = check.requiredText(
		'Status Name or ID',
		this.getNodeParameter('status', itemIndex),
		'Pick a status from the list.',
	);
	let snoozeFor: string | undefined;
	if (status === 'Snoozed') {
		snoozeFor = check
			.requiredText(
				'Snooze For',
				this.getNodeParameter('snoozeFor', itemIndex, ''),
				'Enter a duration such as 2h or 30m.',
			)
			.replace(/\s+/g, '');
		if (!GO_DURATION.test(snoozeFor)) {
			throw check.fail(
				'Snooze For',
				`is not a duration: "${snoozeFor}"`,
				'Write hours and minutes such as 2h, 30m or 1h30m (days as hours: 48h).',
			);
		}
	}
	const uuid = await conversationUuid.call(this, check, itemIndex);
	await requireName.call(this, check, 'Status Name or ID', '/statuses', status, itemIndex);
	return { uuid, status, snoozeFor };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: StatusRequest,
): Promise<IDataObject> {
	await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: `/conversations/${request.uuid}/status`,
		body: {
			status: request.status,
			...(request.snoozeFor ? { snoozed_until: request.snoozeFor } : {}),
		},
		itemIndex,
		permission: 'conversations:update_status',
	});
	return await readAfterChange.call(
		this,
		`Libredesk set the status of conversation ${request.uuid} to ${request.status}`,
		() => readConversation.call(this, request.uuid, itemIndex),
	);
}
