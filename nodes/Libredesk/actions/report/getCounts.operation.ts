/** Conversations not yet resolved (open, awaiting a reply, unassigned, never answered) and agents by availability, right now. */
import { reportOperation } from './reportOperation';

export const { description, prepare, send } = reportOperation('counts', { takesDays: false });
