import { deleteRecordOperation } from '../shared/adminRecord';
import { AGENT } from './record';

export const { description, prepare, send } = deleteRecordOperation(AGENT, {
	description:
		'The agent to delete. Libredesk unassigns their open conversations and ends their API key.',
	hints: {
		400: "Libredesk does not delete the API key's own agent or its System user.",
	},
});
