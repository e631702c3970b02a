/** New and resolved conversations per day; Libredesk sends null for a day-less list, the node []. */
import type { IDataObject } from 'n8n-workflow';

import { reportOperation } from './reportOperation';

const list = (value: unknown) => (Array.isArray(value) ? (value as IDataObject[]) : []);

export const { description, prepare, send } = reportOperation('charts', {
	takesDays: true,
	output: (data) => ({
		...data,
		new_conversations: list(data.new_conversations),
		resolved_conversations: list(data.resolved_conversations),
	}),
});
