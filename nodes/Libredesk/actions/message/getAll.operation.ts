import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationUuid } from '../../helpers/recordIds';
import { downloadFields, readDownloadSettings } from '../../helpers/downloads';
import type { DownloadSettings } from '../../helpers/downloads';
import { SIMPLE_MESSAGE_FIELDS } from '../../helpers/simplify';
import { InputChecker } from '../../helpers/validation';
import { readDistinctRows } from '../../transport';
import type { OperationOutput } from '../operationTypes';
import {
	conversationLocator,
	fieldCollection,
	returnAllAndLimit,
	simplifyField,
} from '../shared/descriptions';
import { readLimit } from '../shared/limitAndOrder';
import { messageOutput } from './shared';
import type { LibredeskRequest } from '../../transport';
const TYPES = ['incoming', 'outgoing', 'activity'];

export const description: INodeProperties[] = [
	conversationLocator('The conversation whose messages to get (newest first)'),
	...returnAllAndLimit(),
	fieldCollection('filters', 'Filters', 'Add Filter', [
		{
			displayName: 'Types',
			name: 'types',
			type: 'multiOptions',
			default: [],
			description: 'Only these kinds of messages; none selected means all',
			options: [
				{
					name: 'Activity',
					value: 'activity',
					description: 'Status changes, assignments and other events Libredesk records',
				},
				{ name: 'Incoming', value: 'incoming', description: 'From the customer' },
				{ name: 'Outgoing', value: 'outgoing', description: 'From agents (replies and notes)' },
			],
		},
		{
			displayName: 'Visibility',
			name: 'visibility',
			type: 'options',
			default: 'all',
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'Private Notes and Activity Only', value: 'private' },
				{ name: 'Public Only', value: 'public', description: 'What the customer sees' },
			],
		},
	]),
	simplifyField(SIMPLE_MESSAGE_FIELDS),
	...downloadFields(),
];

interface MessagesRequest {
	uuid: string;
	limit?: number;
	qs: IDataObject;
	simplify: boolean;
	downloads?: DownloadSettings;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<MessagesRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const types = check.nameList('Types', filters.types);
	const wrong = types.filter((type) => !TYPES.includes(type));
	if (wrong.length)
		throw check.fail('Types', `contains ${wrong.join(', ')}`, `Use ${TYPES.join(', ')}.`);
	const qs: IDataObject = {};
	if (types.length) qs.type = types;
	if (filters.visibility === 'public' || filters.visibility === 'private')
		qs.private = filters.visibility === 'private';
	return {
		uuid: await conversationUuid.call(this, check, itemIndex),
		limit: readLimit.call(this, check, itemIndex),
		qs,
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
		downloads: readDownloadSettings.call(this, check, itemIndex),
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: MessagesRequest,
): Promise<OperationOutput[]> {
	const read: LibredeskRequest = {
		method: 'GET',
		endpoint: `/conversations/${request.uuid}/messages`,
		qs: request.qs,
		itemIndex,
		permission: 'messages:read',
	};
	const messages = await readDistinctRows.call(this, read, request.limit);
	const outputs: OperationOutput[] = [];
	for (const message of messages)
		outputs.push(
			await messageOutput.call(this, read, message, request.simplify, request.downloads),
		);
	return outputs;
}
