import { lookupListOperation } from '../shared/lookupList';
import { SLA_POLICY } from './record';

export const { description, prepare, send } = lookupListOperation({
	resource: 'slaPolicy',
	endpoint: SLA_POLICY.endpoint,
});
