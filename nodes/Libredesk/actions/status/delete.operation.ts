import type { IExecuteFunctions } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { deleteRecordOperation } from '../shared/adminRecord';
import { readCustomStatus, STATUS } from './record';

const { description, send } = deleteRecordOperation(STATUS, {
	description:
		"The status to delete. Libredesk's default statuses cannot be deleted, nor a status some conversation has.",
	hints: {
		400: 'Libredesk keeps a status while conversations have it: move them to another status first (Conversation → Update Status).',
	},
});

export { description, send };

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<number> {
	return (await readCustomStatus.call(this, new InputChecker(this.getNode(), itemIndex), itemIndex))
		.id;
}
