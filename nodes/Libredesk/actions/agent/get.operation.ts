import { getRecordOperation } from '../shared/adminRecord';
import { AGENT } from './record';

export const { description, prepare, send } = getRecordOperation(AGENT, {
	404: 'Libredesk has no agent with this ID (a deleted agent is gone).',
});
