import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { LibredeskOperation, OperationValue } from '../operationTypes';
import { resourceProperties } from '../shared/resourceProperties';
import * as getConversationTrend from './getConversationTrend.operation';
import * as getCounts from './getCounts.operation';
import * as getCsat from './getCsat.operation';
import * as getMessageVolume from './getMessageVolume.operation';
import * as getSla from './getSla.operation';
import * as getTagDistribution from './getTagDistribution.operation';

const operationOptions = [
	{
		name: 'Get Conversation Counts',
		value: 'getCounts',
		action: 'Get current conversation and agent counts',
		description:
			'Conversations not yet resolved (open, awaiting a reply, unassigned, never answered) and agents by availability, right now',
	},
	{
		name: 'Get Conversation Trend',
		value: 'getConversationTrend',
		action: 'Get new and resolved conversations per day',
		description: 'New and resolved conversations per day over a period',
	},
	{
		name: 'Get CSAT',
		value: 'getCsat',
		action: 'Get customer satisfaction metrics',
		description: 'Average rating, responses and response rate of the CSAT surveys of a period',
	},
	{
		name: 'Get Message Volume',
		value: 'getMessageVolume',
		action: 'Get message volume metrics',
		description: 'Incoming and outgoing messages of a period, and messages per conversation',
	},
	{
		name: 'Get SLA',
		value: 'getSla',
		action: 'Get SLA metrics',
		description:
			'First response, next response and resolution targets met and breached in a period, with average times and compliance',
	},
	{
		name: 'Get Tag Distribution',
		value: 'getTagDistribution',
		action: 'Get tag distribution metrics',
		description:
			'The ten most used tags on conversations of a period, and how many conversations are tagged',
	},
] as const satisfies readonly INodePropertyOptions[];

/** operation value -> module; the compiler checks it against the options above. */
export const reportOperations: Record<
	OperationValue<typeof operationOptions>,
	LibredeskOperation
> = {
	getConversationTrend,
	getCounts,
	getCsat,
	getMessageVolume,
	getSla,
	getTagDistribution,
};

export const reportDescription: INodeProperties[] = resourceProperties(
	'report',
	operationOptions,
	'getCounts',
	reportOperations,
);
