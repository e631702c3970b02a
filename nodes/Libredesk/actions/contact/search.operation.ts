import { searchOperation } from '../shared/searchRequest';

export const { description, prepare, send } = searchOperation({
	field: {
		displayName: 'Email',
		placeholder: 'e.g. jane@example.com',
		description:
			'All or part of the email address, at least 3 characters. Libredesk returns up to 15 contacts.',
	},
	fix: 'Enter all or part of an email address.',
	endpoint: '/contacts/search',
	permission: 'contacts:read',
});
