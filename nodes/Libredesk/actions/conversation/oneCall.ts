/** Operations that are one Libredesk call on a picked conversation (Mark Unread, Get Participants). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conversationUuid } from '../../helpers/recordIds';
import { InputChecker } from '../../helpers/validation';
import { answerList, answerRecord, libredeskApiRequest } from '../../transport';
import type { LibredeskRequest } from '../../transport';
import type { LibredeskOperation } from '../operationTypes';
import { conversationLocator } from '../shared/descriptions';

/** The answer of the call, as the output reads it. */
export interface CheckedAnswer {
	list(): IDataObject[];
	record(): IDataObject;
}

export function oneCallOperation(
	locatorDescription: string,
	request: (uuid: string) => Pick<LibredeskRequest, 'method' | 'endpoint' | 'permission'>,
	/** The output from the answer, read as a list or a record (anything else is refused). */
	output: (uuid: string, answer: CheckedAnswer) => IDataObject | IDataObject[],
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
			const sent: LibredeskRequest = { ...request(prepared.uuid), itemIndex };
			const data = await libredeskApiRequest.call(this, sent);
			return output(prepared.uuid, {
				list: () => answerList(this.getNode(), sent, data),
				record: () => answerRecord(this.getNode(), sent, data),
			});
		},
	};
}
