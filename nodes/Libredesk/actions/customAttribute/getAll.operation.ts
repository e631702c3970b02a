import { unpagedGetManyOperation } from '../shared/unpagedGetMany';

export const { description, prepare, send } = unpagedGetManyOperation({
	endpoint: '/custom-attributes',
	filters: [
		{
			displayName: 'Applies To',
			name: 'appliesTo',
			type: 'options',
			default: '',
			options: [
				{ name: 'Contacts and Conversations', value: '' },
				{ name: 'Contacts', value: 'contact' },
				{ name: 'Conversations', value: 'conversation' },
			],
		},
	],
	query: (filters) => (filters.appliesTo ? { applies_to: filters.appliesTo } : undefined),
});
