import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { postMessage } from '../../transport';
import { toMessageHtml } from '../../helpers/content';
import type { ContentFormat } from '../../helpers/content';
import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { contentFields, conversationLocator, fieldCollection } from '../shared/descriptions';

export const description: INodeProperties[] = [
	conversationLocator('The conversation to add the note to'),
	...contentFields('The note, visible to agents only; the customer never sees it'),
	fieldCollection('additionalFields', 'Additional Fields', 'Add Field', [
		{
			displayName: 'Mention Agent Names or IDs',
			name: 'mentionAgents',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: [],
			description:
				'Agents to notify. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Mention Team Names or IDs',
			name: 'mentionTeams',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getTeams' },
			default: [],
			description:
				'Teams to notify. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
];

interface NoteRequest {
	uuid: string;
	message: string;
	mentions: IDataObject[];
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<NoteRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const extras = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const content = check.requiredText(
		'Content',
		this.getNodeParameter('content', itemIndex),
		'Enter the text of the note.',
	);
	const fix = 'Pick from the list, or map numeric IDs.';
	return {
		uuid: await conversationUuid.call(this, check, itemIndex),
		message: toMessageHtml(
			content,
			this.getNodeParameter('contentFormat', itemIndex, 'html') as ContentFormat,
		),
		mentions: [
			...check
				.idList('Mention Agent Names or IDs', extras.mentionAgents, fix)
				.map((id) => ({ type: 'agent', id })),
			...check
				.idList('Mention Team Names or IDs', extras.mentionTeams, fix)
				.map((id) => ({ type: 'team', id })),
		],
	};
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: NoteRequest,
): Promise<IDataObject> {
	return await postMessage.call(this, itemIndex, request.uuid, {
		message: request.message,
		private: true,
		...(request.mentions.length ? { mentions: request.mentions } : {}),
	});
}
