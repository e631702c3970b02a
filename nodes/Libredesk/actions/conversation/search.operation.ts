import { referenceQuery } from '../../helpers/validation';
import { searchOperation } from '../shared/searchRequest';

export const { description, prepare, send } = searchOperation({
	field: {
		displayName: 'Query',
		placeholder: 'e.g. 1042 or jane@example.com',
		description:
			'A reference number (exact match, with or without "#") or part of a contact email, at least 3 characters. Libredesk returns up to 1000 matches, newest first, with uuid, reference_number, subject and status.',
	},
	fix: 'Enter a reference number or part of an email address.',
	endpoint: '/conversations/search',
	permission: 'conversations:read',
	readQuery: referenceQuery,
});
