import { lookupListOperation } from '../shared/lookupList';

export const { description, prepare, send } = lookupListOperation({
	resource: 'tag',
	endpoint: '/tags',
});
