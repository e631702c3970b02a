import { getRecordOperation } from '../shared/adminRecord';
import { SLA_POLICY } from './record';

export const { description, prepare, send } = getRecordOperation(SLA_POLICY, {
	404: 'Libredesk has no SLA policy with this ID.',
});
