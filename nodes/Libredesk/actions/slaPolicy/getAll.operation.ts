import { unpagedGetManyOperation } from '../shared/unpagedGetMany';
import { SLA_POLICY } from './record';

export const { description, prepare, send } = unpagedGetManyOperation({
	endpoint: SLA_POLICY.endpoint,
});
