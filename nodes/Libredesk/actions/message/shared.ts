/** Sending a message (reply or private note) is one POST, after any uploads. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { libredeskApiRequest } from '../../transport';

export async function postMessage(this: IExecuteFunctions, itemIndex: number, uuid: string, body: IDataObject): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: `/conversations/${uuid}/messages`,
		body: { sender_type: 'agent', ...body },
		itemIndex,
		permission: 'messages:write',
		creates: `The message may have been added: look at the newest messages of conversation ${uuid} in Libredesk`,
		hints: {
			400: 'Libredesk refused the message: the inbox of the conversation may be disabled, or a value is invalid.',
			500: 'Libredesk failed to take the message. For a reply on an email conversation, "To" must hold at least one address; an attachment ID that does not exist also causes this.',
		},
	})) as IDataObject;
}
