import { deleteRecordOperation } from '../shared/adminRecord';
import { MACRO } from './record';

export const { description, prepare, send } = deleteRecordOperation(MACRO, {
	description: 'The macro to delete',
	hints: { 404: 'Libredesk has no macro with this ID.' },
});
