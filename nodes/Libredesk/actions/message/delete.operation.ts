/**
 * Libredesk deletes only private notes (activity entries included): the note keeps its place with
 * the text "This note was deleted". Replies and customer messages cannot be deleted.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest, readMessage } from '../../transport';
import { messageRefFields, readMessageRef } from './shared';
import type { MessageRef } from './shared';

export const description: INodeProperties[] = messageRefFields(
	'The conversation the note belongs to',
	'The `uuid` of the private note to delete. Libredesk deletes only private notes.',
);

/** Reads the message while the item is prepared: Libredesk refuses anything but a private note. */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<MessageRef> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const request = await readMessageRef.call(this, check, itemIndex);
	const message = await readMessage.call(this, request.uuid, request.messageUuid, itemIndex);
	if (message.private !== true)
		throw check.fail(
			'Message UUID',
			'names a reply or a customer message, not a private note',
			'Libredesk deletes only private notes; map the `uuid` of a note.',
		);
	const meta = message.meta as IDataObject | null | undefined;
	if (meta?.deleted_at)
		throw check.fail(
			'Message UUID',
			'names a private note that was deleted already',
			'Leave this item out: Libredesk keeps the deleted note as "This note was deleted".',
		);
	return request;
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: MessageRef,
): Promise<IDataObject> {
	const result = (await libredeskApiRequest.call(this, {
		method: 'DELETE',
		endpoint: `/conversations/${request.uuid}/messages/${request.messageUuid}`,
		itemIndex,
		permission: 'messages:write',
		hints: {
			404: 'Libredesk has no private note with this UUID in this conversation, or it was deleted already. Replies and customer messages cannot be deleted.',
		},
	})) as IDataObject;
	return {
		deleted: true,
		uuid: request.messageUuid,
		conversation_uuid: request.uuid,
		content: result?.content ?? null,
	};
}
