/** Reading one macro needs macros:manage; the list (Get Many) any key may read. */
import { getRecordOperation } from '../shared/adminRecord';
import { MACRO } from './record';

export const { description, prepare, send } = getRecordOperation(MACRO, {
	404: 'Libredesk has no macro with this ID.',
});
