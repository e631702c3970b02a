import { unpagedGetManyOperation } from '../shared/unpagedGetMany';

export const { description, prepare, send } = unpagedGetManyOperation({
	endpoint: '/tags',
});
