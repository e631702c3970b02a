/** CSAT surveys sent in the period: average rating, responses and response rate. */
import { reportOperation } from './reportOperation';

export const { description, prepare, send } = reportOperation('csat', { takesDays: true });
