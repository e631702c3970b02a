/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * A file is fetched from the Base URL with the credential and read only up to the size asked for:
 * a hostile or misconfigured server cannot fill n8n's memory, and its redirects are not followed.
 */
import { readMessage } from '../../../../nodes/Libredesk/transport/endpoints';
import { downloadFile, redirectTarget } from '../../../../nodes/Libredesk/transport/fileDownload';
import { executeContext } from '../../../helpers/executeContext';
import { conversationWithFiles } from '../../../helpers/files';
import { credentialsFor, useSimulator } from '../../../helpers/fixtures';
import { useHostile } from '../../../helpers/hostile';
import type { LibredeskCredentialData } from '../../../helpers/n8n';

const ctx = useSimulator();
const hostile = useHostile();
const UUID = '0f6a2c1e-4b5d-4e6f-8a9b-0c1d2e3f4a5b';

const at = (credentials: Partial<LibredeskCredentialData> = {}) =>
	executeContext(credentialsFor(ctx.sim, credentials), { resource: 'message', operation: 'get' });
const atHostile = () => at({ baseUrl: hostile.server.url });

describe('downloadFile', () => {
	it("fetches /uploads/<uuid> below the Base URL with the credential, and the file's type", async () => {
		const { conversation, message } = await conversationWithFiles(ctx.sim, [
			{ name: 'note.txt', type: 'text/plain', data: Buffer.from('call back') },
		]);
		const read = await readMessage.call(at(), conversation.uuid, message.uuid, 0);
		const [attachment] = read.attachments as Array<{ uuid: string }>;
		ctx.sim.clearRequests();
		const file = await downloadFile.call(at(), attachment.uuid, 1000, 0);
		expect(file).toEqual({
			kind: 'file',
			data: Buffer.from('call back'),
			contentType: 'text/plain',
		});
		const [sent] = ctx.sim.requests;
		expect(sent.path).toBe(`/uploads/${attachment.uuid}`);
		expect(sent.headers.authorization).toMatch(/^Basic /);
	});

	it('stops reading a file larger than asked for, with its declared size', async () => {
		let finished = false;
		hostile.server.handle((_request, response) => {
			response.writeHead(200, { 'Content-Length': String(5_000_000) });
			response.write(Buffer.alloc(64 * 1024));
			// Never sends the rest: the node must not wait for it.
			response.on('finish', () => (finished = true));
		});
		expect(await downloadFile.call(atHostile(), UUID, 1000, 0)).toEqual({
			kind: 'tooLarge',
			size: 5_000_000,
		});
		expect(finished).toBe(false);
	});

	it('stops reading an undeclared (chunked) body once it passes the size, without a size', async () => {
		let written = 0;
		let closedEarly = false;
		hostile.server.handle((_request, response) => {
			response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
			const timer = setInterval(() => {
				if (written >= 400) {
					clearInterval(timer);
					response.end();
					return;
				}
				written++;
				response.write(Buffer.alloc(16 * 1024));
			}, 2);
			response.on('close', () => {
				clearInterval(timer);
				closedEarly = written < 400;
			});
		});
		expect(await downloadFile.call(atHostile(), UUID, 100 * 1024, 0)).toEqual({
			kind: 'tooLarge',
		});
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(closedEarly).toBe(true);
		expect(written).toBeLessThan(400);
	});

	it('hands back a redirect (files in S3) with the host it names, and does not follow it', async () => {
		hostile.server.handle((_request, response) => {
			response.writeHead(302, { Location: 'https://bucket.example.com/f?X-Amz-Signature=s' });
			response.end();
		});
		expect(await downloadFile.call(atHostile(), UUID, 1000, 0)).toEqual({
			kind: 'redirected',
			to: { where: 'elsewhere', host: 'bucket.example.com' },
		});
		expect(hostile.server.requests).toHaveLength(1);
	});

	it("tells a redirect to the Base URL's own server apart", async () => {
		hostile.server.handle((_request, response) => {
			response.writeHead(302, { Location: '/login' });
			response.end();
		});
		expect(await downloadFile.call(atHostile(), UUID, 1000, 0)).toEqual({
			kind: 'redirected',
			to: { where: 'page', path: '/login' },
		});
	});

	it('answers a missing file (404) as missing, not as a failure', async () => {
		hostile.server.handle((_request, response) => {
			response.writeHead(404, { 'Content-Type': 'application/json' });
			response.end('{"status":"error","message":"File not found","error_type":"InputException"}');
		});
		expect(await downloadFile.call(atHostile(), UUID, 1000, 0)).toEqual({ kind: 'missing' });
	});

	it("turns an error answer into Libredesk's error, with the status, the path it asked and without the secret", async () => {
		hostile.server.handle((_request, response) => {
			response.writeHead(403, { 'Content-Type': 'application/json' });
			response.end(
				JSON.stringify({
					status: 'error',
					message: 'Permission denied',
					error_type: 'PermissionException',
				}),
			);
		});
		const failure = downloadFile.call(atHostile(), UUID, 1000, 0);
		await expect(failure).rejects.toMatchObject({
			httpCode: '403',
			context: { libredesk: { endpoint: `/uploads/${UUID}` } },
		});
		await expect(failure).rejects.toThrow(/Permission denied/);
	});

	it('refuses a Base URL it cannot use before any request', async () => {
		await expect(
			downloadFile.call(at({ baseUrl: `${hostile.server.url}/?next=x` }), UUID, 1000, 0),
		).rejects.toThrow(/The Base URL of the Libredesk API credential/);
		expect(hostile.server.requests).toHaveLength(0);
	});
});

describe('redirectTarget', () => {
	const base = 'https://desk.example.com/desk';
	const origin = 'https://desk.example.com';
	it.each([
		[
			'https://bucket.s3.amazonaws.com/x?X-Amz-Signature=s',
			{ where: 'elsewhere', host: 'bucket.s3.amazonaws.com' },
		],
		['http://desk.example.com/uploads/x', { where: 'elsewhere', host: 'desk.example.com' }],
		['/uploads/x/', { where: 'uploads', path: '/uploads/x/' }],
		[
			'https://desk.example.com/desk/uploads/x?sig=1',
			{ where: 'uploads', path: '/desk/uploads/x' },
		],
		['/login?next=/uploads/x', { where: 'page', path: '/login' }],
		['', { where: 'nowhere' }],
		[undefined, { where: 'nowhere' }],
		['javascript:alert(1)', { where: 'nowhere' }],
		['http://[bad', { where: 'nowhere' }],
	])('%j -> %j', (location, target) => {
		expect(redirectTarget(location, base, origin)).toEqual(target);
	});
});
