/** Incoming and outgoing messages in the period (private notes count as outgoing). */
import { reportOperation } from './reportOperation';

export const { description, prepare, send } = reportOperation('messages', { takesDays: true });
