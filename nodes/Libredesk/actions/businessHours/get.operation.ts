import { getRecordOperation } from '../shared/adminRecord';
import { BUSINESS_HOURS } from './record';

export const { description, prepare, send } = getRecordOperation(BUSINESS_HOURS, {
	404: 'Libredesk has no business hours with this ID.',
});
