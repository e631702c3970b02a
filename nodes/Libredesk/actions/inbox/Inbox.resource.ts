import * as getAll from './getAll.operation';
import { lookupResourceDescription } from '../shared/lookupList';

export const inboxOperations = { getAll };

export const inboxDescription = lookupResourceDescription('inbox', 'inboxes', 'List the inboxes (email and live chat)', inboxOperations);
