import { getRecordOperation } from '../shared/adminRecord';
import { TEAM } from './record';

export const { description, prepare, send } = getRecordOperation(TEAM, {
	400: 'Libredesk has no team with this ID (it answers "Team not found" with HTTP 400).',
});
