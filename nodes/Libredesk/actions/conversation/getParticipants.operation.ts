/** Everyone who wrote in the conversation: its contact, agents, and other contacts copied in. */
import { oneCallOperation } from './oneCall';

export const { description, prepare, send } = oneCallOperation(
	'The conversation whose participants to get',
	(uuid) => ({
		method: 'GET',
		endpoint: `/conversations/${uuid}/participants`,
		permission: 'conversations:read',
	}),
	(_uuid, answer) => answer.list(),
);
