/** Operations that are one Libredesk call on a picked conversation (Mark Unread, Get Participants). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest } from '../../transport';
import type { LibredeskRequest } from '../../transport';
import type { LibredeskOperation } from '../operationTypes';
import { conversationLocator } from '../shared/descriptions';

export function oneCallOperation(
	operation: string,
	locatorDescription: string,
	request: (uuid: string) => Pick<LibredeskRequest, 'method' | 'endpoint' | 'permission'>,
	output: (uuid: string, data: unknown) => IDataObject | IDataObject[],
): LibredeskOperation<{ uuid: string }> {
	return {
		description: [conversationLocator(locatorDescription)],
		async prepare(this: IExecuteFunctions, itemIndex: number) {
			return {
				uuid: await conversationUuid.call(
					this,
					new InputChecker(this.getNode(), itemIndex),
					itemIndex,
				),
			};
		},
		async send(this: IExecuteFunctions, itemIndex: number, prepared: { uuid: string }) {
			return output(
				prepared.uuid,
				await libredeskApiRequest.call(this, { ...request(prepared.uuid), itemIndex }),
			);
		},
	};
}
