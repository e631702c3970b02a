import {
	libredeskNetworkError,
	libredeskResponseError,
} from '../../../../nodes/Libredesk/transport/errors';
import { bareNode } from '../../../helpers/bareNode';

const node = bareNode;

describe('libredeskResponseError', () => {
	it('keeps status, error_type and message, and adds the hint', () => {
		const error = libredeskResponseError(
			node,
			{
				method: 'POST',
				endpoint: '/conversations',
				itemIndex: 2,
				permission: 'conversations:write',
			},
			403,
			{
				status: 'error',
				message: 'Permission denied',
				data: null,
				error_type: 'PermissionException',
			},
		);
		expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(error.httpCode).toBe('403');
		expect(error.description).toContain('(conversations:write)');
		expect(error.context).toMatchObject({
			itemIndex: 2,
			libredesk: { errorType: 'PermissionException', endpoint: '/api/v1/conversations' },
		});
	});

	it('prefers an operation hint for the status', () => {
		const error = libredeskResponseError(
			node,
			{ method: 'POST', endpoint: '/x', hints: { 400: 'Check the inbox.' } },
			400,
			{ status: 'error', message: 'Inbox not found', error_type: 'InputException' },
		);
		expect(error.description).toBe('Check the inbox.');
	});

	it('copes with a body that is not Libredesk JSON', () => {
		const error = libredeskResponseError(
			node,
			{ method: 'GET', endpoint: '/x' },
			502,
			'<html>Bad gateway</html>',
		);
		expect(error.message).toBe(
			'Libredesk: HTTP 502 without a Libredesk error message (HTTP 502, GeneralException)',
		);
	});

	it('a GET 403 mentions conversation visibility, not the Authorization header', () => {
		const error = libredeskResponseError(
			node,
			{ method: 'GET', endpoint: '/conversations/x' },
			403,
			{ status: 'error', message: 'Permission denied', error_type: 'PermissionException' },
		);
		expect(error.description).toMatch(/not visible/);
	});
});

describe('libredeskNetworkError', () => {
	it.each([
		['DEPTH_ZERO_SELF_SIGNED_CERT', /TLS certificate/],
		['ECONNREFUSED', /refused the connection/],
		['ENOTFOUND', /host of .* was not found/],
		['ECONNRESET', /cut or timed out/],
		[undefined, /the request to .* failed/],
	])('code %s', (code, expected) => {
		const cause = Object.assign(new Error('low level'), code ? { code } : {});
		const error = libredeskNetworkError(
			node,
			{ method: 'GET', endpoint: '/x' },
			'https://desk.example.com',
			{ cause },
		);
		expect(error.message).toMatch(expected);
		expect(error.message).not.toMatch(/perhaps it is offline/);
	});
});

describe('hints of issue 10', () => {
	const nginx413 =
		'<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>';

	it('gives the attachment hint for a 413 only when files were sent', () => {
		const withFiles = libredeskResponseError(
			node,
			{ method: 'POST', endpoint: '/media', body: new FormData() },
			413,
			nginx413,
		);
		expect(withFiles.description).toMatch(/The file is larger than Libredesk accepts/);
		const withoutFiles = libredeskResponseError(
			node,
			{ method: 'POST', endpoint: '/conversations', body: { content: 'x' } },
			413,
			nginx413,
		);
		expect(withoutFiles.description).not.toMatch(/file/i);
		expect(withoutFiles.description).toMatch(/client_max_body_size/);
	});

	it('never advises Retry On Fail, and warns against it where a write may have happened', () => {
		for (const status of [429, 500, 502, 503, 504]) {
			for (const method of ['GET', 'POST'] as const) {
				const { description } = libredeskResponseError(
					node,
					{ method, endpoint: '/conversations' },
					status,
					undefined,
				);
				expect(description).not.toMatch(/with the node setting Retry On Fail|use Retry On Fail/);
			}
		}
		const { description } = libredeskResponseError(
			node,
			{
				method: 'POST',
				endpoint: '/conversations',
				creates: 'The conversation may have been created: look for it',
			},
			500,
			undefined,
		);
		expect(description).toMatch(
			/The conversation may have been created: look for it before running the item again. Retry On Fail would send it again, so keep it off/,
		);
	});

	it('cleans a server message of Basic tokens, key and secret', () => {
		const token = Buffer.from('key-123:secret-456').toString('base64');
		const error = libredeskResponseError(
			node,
			{ method: 'GET', endpoint: '/x' },
			400,
			{
				status: 'error',
				message: `echo Authorization: Basic ${token} key-123 secret-456 https://u:p4ss@h/`,
			},
			['secret-456', 'key-123', token],
		);
		expect(error.message).not.toMatch(/secret-456|key-123|p4ss/);
		expect(error.message).not.toContain(token);
	});
});

describe('network failures: may a write have happened?', () => {
	const cause = (code: string) => ({ cause: Object.assign(new Error('low level'), { code }) });
	const create = {
		method: 'POST' as const,
		endpoint: '/conversations',
		creates: 'The conversation may have been created: look for it',
	};

	it.each(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE'])(
		'a create cut by %s says it may exist',
		(code) => {
			expect(
				libredeskNetworkError(node, create, 'https://desk.example.com', cause(code)).description,
			).toMatch(/may have been created: look for it before running the item again/);
		},
	);

	it.each(['ECONNREFUSED', 'ENOTFOUND', 'DEPTH_ZERO_SELF_SIGNED_CERT'])(
		'a create that never left (%s) does not',
		(code) => {
			expect(
				libredeskNetworkError(node, create, 'https://desk.example.com', cause(code)).description,
			).not.toMatch(/may have been created/);
		},
	);

	it('a read cut by a reset does not', () => {
		expect(
			libredeskNetworkError(
				node,
				{ method: 'GET', endpoint: '/conversations' },
				'https://desk.example.com',
				cause('ECONNRESET'),
			).description,
		).not.toMatch(/may have/);
	});
});
