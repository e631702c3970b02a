import { deleteRecordOperation } from '../shared/adminRecord';
import { TEAM } from './record';

export const { description, prepare, send } = deleteRecordOperation(TEAM, {
	description:
		"The team to delete. Its conversations lose the team assignment and its agents' membership ends.",
});
