import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { libredeskApiRequest } from '../../transport';

/** The full conversation (GET /conversations/{uuid}); updates that return `true` output this. */
export async function readConversation(
	this: IExecuteFunctions,
	uuid: string,
	itemIndex: number,
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: `/conversations/${uuid}`,
		itemIndex,
		permission: 'conversations:read',
	})) as IDataObject;
}
