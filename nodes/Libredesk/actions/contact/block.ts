/** Block and unblock are one Libredesk call, `PUT /contacts/{id}/block` with `enabled`. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { contactId } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest, readContact } from '../../transport';
import type { LibredeskOperation } from '../operationTypes';
import { contactLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';

export function blockOperation(operation: 'block' | 'unblock'): LibredeskOperation<{ id: number }> {
	return {
		description: [contactLocator()],
		async prepare(this: IExecuteFunctions, itemIndex: number) {
			return { id: contactId.call(this, new InputChecker(this.getNode(), itemIndex), itemIndex) };
		},
		async send(
			this: IExecuteFunctions,
			itemIndex: number,
			request: { id: number },
		): Promise<IDataObject> {
			await libredeskApiRequest.call(this, {
				method: 'PUT',
				endpoint: `/contacts/${request.id}/block`,
				body: { enabled: operation === 'unblock' },
				itemIndex,
				permission: 'contacts:block',
			});
			return await readAfterChange.call(
				this,
				`Libredesk ${operation === 'block' ? 'blocked' : 'unblocked'} contact ${request.id}`,
				() => readContact.call(this, request.id, itemIndex),
			);
		},
	};
}
