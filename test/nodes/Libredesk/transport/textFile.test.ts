import type { INode } from 'n8n-workflow';

import { dispositionFileName, textFile } from '../../../../nodes/Libredesk/transport/textFile';

const node = { name: 'Libredesk' } as INode;
const request = { method: 'GET' as const, endpoint: '/conversations/x/transcript' };

describe('dispositionFileName', () => {
	it.each([
		['attachment; filename="transcript-123.txt"', 'transcript-123.txt'],
		['attachment; filename=plain.txt', 'plain.txt'],
		['attachment; filename="../../etc/passwd"', '../../etc/passwd'],
		['attachment', undefined],
		[undefined, undefined],
	])('%j -> %j', (header, name) => {
		expect(dispositionFileName(header)).toBe(name);
	});
});

describe('textFile', () => {
	it('gives the text and the file name of a text/plain answer', () => {
		expect(
			textFile(node, request, {
				statusCode: 200,
				headers: {
					'content-type': 'text/plain; charset=utf-8',
					'content-disposition': 'attachment; filename="transcript-7.txt"',
				},
				body: Buffer.from('Conversation #7\n'),
			}),
		).toEqual({ text: 'Conversation #7\n', fileName: 'transcript-7.txt' });
	});

	it('refuses anything that is not text/plain', () => {
		expect(() =>
			textFile(node, request, {
				statusCode: 200,
				headers: { 'content-type': 'text/html' },
				body: '<html>Login</html>',
			}),
		).toThrow(/with something other than a Libredesk API response/);
	});
});
