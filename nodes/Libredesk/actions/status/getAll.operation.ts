import { unpagedGetManyOperation } from '../shared/unpagedGetMany';

export const { description, prepare, send } = unpagedGetManyOperation({
	endpoint: '/statuses',
	filters: [
		{
			displayName: 'Category',
			name: 'category',
			type: 'options',
			default: '',
			options: [
				{ name: 'Any', value: '' },
				{ name: 'Open', value: 'open' },
				{ name: 'Waiting', value: 'waiting' },
				{ name: 'Resolved', value: 'resolved' },
			],
		},
	],
	keep: (status, filters) => !filters.category || status.category === filters.category,
});
