import * as getAll from './getAll.operation';
import { lookupResourceDescription } from '../shared/lookupList';

export const teamOperations = { getAll };

export const teamDescription = lookupResourceDescription('team', 'teams', 'List the teams (ID, name, emoji)', teamOperations);
