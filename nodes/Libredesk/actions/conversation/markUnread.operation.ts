/** Unread is per agent in Libredesk: this marks the conversation unread for the API key's agent. */
import { oneCallOperation } from './oneCall';

export const { description, prepare, send } = oneCallOperation(
	"The conversation to mark unread for the API key's agent",
	(uuid) => ({
		method: 'PUT',
		endpoint: `/conversations/${uuid}/mark-unread`,
		permission: 'conversations:read',
	}),
	(uuid) => ({ uuid, unread: true }),
);
