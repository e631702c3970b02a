/** New and resolved conversations per day; Libredesk sends null for a day-less list, the node []. */
import { reportOperation } from './reportOperation';

export const { description, prepare, send } = reportOperation('charts', {
	takesDays: true,
	output: (data, list) => ({
		...data,
		new_conversations: list('new_conversations'),
		resolved_conversations: list('resolved_conversations'),
	}),
});
