import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readMessage } from '../../transport';
import { downloadFields, readDownloadSettings } from '../../helpers/downloads';
import type { DownloadSettings } from '../../helpers/downloads';
import { SIMPLE_MESSAGE_FIELDS } from '../../helpers/simplify';
import { InputChecker } from '../../helpers/validation';
import type { OperationOutput } from '../operationTypes';
import { simplifyField } from '../shared/descriptions';
import { messageOutput, messageRefFields, readMessageRef } from './shared';
import type { MessageRef } from './shared';
import type { LibredeskRequest } from '../../transport';

export const description: INodeProperties[] = [
	...messageRefFields(
		'The conversation the message belongs to',
		'The `uuid` of the message, e.g. from Get Many or from the Trigger',
	),
	simplifyField(SIMPLE_MESSAGE_FIELDS),
	...downloadFields(),
];

interface GetRequest extends MessageRef {
	simplify: boolean;
	downloads?: DownloadSettings;
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<GetRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const downloads = readDownloadSettings.call(this, check, itemIndex);
	return {
		...(await readMessageRef.call(this, check, itemIndex)),
		simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
		downloads,
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: GetRequest,
): Promise<OperationOutput> {
	const message = await readMessage.call(this, request.uuid, request.messageUuid, itemIndex);
	const read: LibredeskRequest = {
		method: 'GET',
		endpoint: `/conversations/${request.uuid}/messages/${request.messageUuid}`,
		itemIndex,
	};
	return await messageOutput.call(this, read, message, request.simplify, request.downloads);
}
