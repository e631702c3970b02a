import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { getRecordOperation } from '../shared/adminRecord';
import { INBOX, withoutSettings } from './record';

const { description, prepare, send: read } = getRecordOperation(INBOX, INBOX.missingHints);

export { description, prepare };

export async function send(this: IExecuteFunctions, itemIndex: number, id: number) {
	return withoutSettings((await read.call(this, itemIndex, id)) as IDataObject);
}
