/**
 * A conversation's transcript as Libredesk writes it (`/conversations/{uuid}/transcript`): a plain
 * text file with the customer-visible messages, oldest first (no private notes, no activity). The
 * text goes into the JSON; optionally also into a binary property as a .txt file.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { safeFileName } from '../../helpers/fileNames';
import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import type { TextFile } from '../../transport';
import { OutputWithBinary } from '../operationTypes';
import type { OperationOutput } from '../operationTypes';
import { conversationLocator } from '../shared/descriptions';

export const description: INodeProperties[] = [
	conversationLocator('The conversation whose transcript to get'),
	{
		displayName: 'Output as File',
		name: 'asFile',
		type: 'boolean',
		default: false,
		description:
			'Whether to also put the transcript into a binary property as a text file (named transcript-123.txt after its reference number), e.g. to attach it to an email or save it',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { asFile: [true] } },
	},
];

interface TranscriptRequest {
	uuid: string;
	/** The binary property to fill, when the file is wanted. */
	binaryPropertyName?: string;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<TranscriptRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const binaryPropertyName = (this.getNodeParameter('asFile', itemIndex, false) as boolean)
		? check.propertyName(
				'Put Output File in Field',
				this.getNodeParameter('binaryPropertyName', itemIndex, 'data'),
				'data',
			)
		: undefined;
	return { uuid: await conversationUuid.call(this, check, itemIndex), binaryPropertyName };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: TranscriptRequest,
): Promise<OperationOutput> {
	const file = (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: `/conversations/${request.uuid}/transcript`,
		itemIndex,
		permission: 'messages:read',
		plainText: true,
	})) as TextFile;
	const json = {
		conversation_uuid: request.uuid,
		// The server's name is cleaned as attachment names are: a Write File node may use it.
		file_name: safeFileName(file.fileName, `transcript-${request.uuid}.txt`),
		transcript: file.text,
	};
	if (!request.binaryPropertyName) return json;
	const binary = await this.helpers.prepareBinaryData(
		Buffer.from(file.text, 'utf8'),
		json.file_name,
		'text/plain',
	);
	return new OutputWithBinary(json, { [request.binaryPropertyName]: binary });
}
