import { lookupListOperation } from '../shared/lookupList';
import { BUSINESS_HOURS } from './record';

export const { description, prepare, send } = lookupListOperation({
	resource: 'businessHours',
	endpoint: BUSINESS_HOURS.endpoint,
});
