/** The ten most used tags on conversations created in the period, and how many are tagged at all. */
import { reportOperation } from './reportOperation';

export const { description, prepare, send } = reportOperation('tags', { takesDays: true });
