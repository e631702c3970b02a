/** SLA targets met and breached in the period, average times and compliance percentages. */
import { reportOperation } from './reportOperation';

export const { description, prepare, send } = reportOperation('sla', { takesDays: true });
