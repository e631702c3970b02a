import { getRecordOperation } from '../shared/adminRecord';
import { CUSTOM_ATTRIBUTE } from './record';

export const { description, prepare, send } = getRecordOperation(CUSTOM_ATTRIBUTE, {
	404: 'Libredesk has no custom attribute with this ID.',
});
