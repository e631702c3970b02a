import { normalizeBaseUrl } from '../../../../nodes/Libredesk/transport/baseUrl';

describe('normalizeBaseUrl', () => {
	it.each([
		['https://desk.example.com', 'https://desk.example.com'],
		['https://desk.example.com/', 'https://desk.example.com'],
		['https://desk.example.com/api/v1', 'https://desk.example.com'],
		['https://desk.example.com/api/v1/', 'https://desk.example.com'],
		[' https://desk.example.com//api/v1// ', 'https://desk.example.com'],
		['http://127.0.0.1:8765/helpdesk/', 'http://127.0.0.1:8765/helpdesk'],
	])('%s -> %s', (input, expected) => {
		expect(normalizeBaseUrl(input)).toBe(expected);
	});

	it.each([
		'',
		'desk.example.com',
		'ftp://desk.example.com',
		undefined,
		42,
		'http:desk.example.com',
		'https://user:pass@desk.example.com',
		'https://desk.example.com/?page=2',
		'https://desk.example.com/#/inboxes',
		'https://desk.example.com/inboxes/assigned',
		'https://desk.example.com/admin/general',
	])('rejects %p', (input) => {
		expect(normalizeBaseUrl(input)).toBeUndefined();
	});
});
