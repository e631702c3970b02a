import { lookupListOperation } from '../shared/lookupList';

export const { description, prepare, send } = lookupListOperation({
	resource: 'macro',
	endpoint: '/macros',
});
