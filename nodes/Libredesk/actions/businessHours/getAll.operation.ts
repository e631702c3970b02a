import { unpagedGetManyOperation } from '../shared/unpagedGetMany';
import { BUSINESS_HOURS } from './record';

export const { description, prepare, send } = unpagedGetManyOperation({
	endpoint: BUSINESS_HOURS.endpoint,
});
