import type { INode } from 'n8n-workflow';

import { libredeskNetworkError, libredeskResponseError } from '../../../../nodes/Libredesk/transport/errors';

const node: INode = { id: '1', name: 'Libredesk', type: 'n8n-nodes-libredesk.libredesk', typeVersion: 1, position: [0, 0], parameters: {} };

describe('libredeskResponseError', () => {
	it('keeps status, error_type and message, and adds the hint', () => {
		const error = libredeskResponseError(node, { method: 'POST', endpoint: '/conversations', itemIndex: 2, permission: 'conversations:write' }, 403, {
			status: 'error',
			message: 'Permission denied',
			data: null,
			error_type: 'PermissionException',
		});
		expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(error.httpCode).toBe('403');
		expect(error.description).toContain('(conversations:write)');
		expect(error.context).toMatchObject({ itemIndex: 2, libredesk: { errorType: 'PermissionException', endpoint: '/api/v1/conversations' } });
	});

	it('prefers an operation hint for the status', () => {
		const error = libredeskResponseError(node, { method: 'POST', endpoint: '/x', hints: { 400: 'Check the inbox.' } }, 400, { status: 'error', message: 'Inbox not found', error_type: 'InputException' });
		expect(error.description).toBe('Check the inbox.');
	});

	it('copes with a body that is not Libredesk JSON', () => {
		const error = libredeskResponseError(node, { method: 'GET', endpoint: '/x' }, 502, '<html>Bad gateway</html>');
		expect(error.message).toBe('Libredesk: HTTP 502 without a Libredesk error message (HTTP 502, GeneralException)');
	});

	it('a GET 403 mentions conversation visibility, not the Authorization header', () => {
		const error = libredeskResponseError(node, { method: 'GET', endpoint: '/conversations/x' }, 403, { status: 'error', message: 'Permission denied', error_type: 'PermissionException' });
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
		const error = libredeskNetworkError(node, { method: 'GET', endpoint: '/x' }, 'https://desk.example.com', { cause });
		expect(error.message).toMatch(expected);
		expect(error.message).not.toMatch(/perhaps it is offline/);
	});
});
