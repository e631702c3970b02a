import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { libredeskApiRequest } from '../../transport';

export async function readContact(
	this: IExecuteFunctions,
	id: number,
	itemIndex: number,
): Promise<IDataObject> {
	return (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: `/contacts/${id}`,
		itemIndex,
		permission: 'contacts:read',
	})) as IDataObject;
}
