import { deleteRecordOperation } from '../shared/adminRecord';
import { TAG } from './record';

export const { description, prepare, send } = deleteRecordOperation(TAG, {
	description: 'The tag to delete. Libredesk also removes it from every conversation that has it.',
});
