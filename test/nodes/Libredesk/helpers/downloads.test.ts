/**
 * Files kept in S3: Libredesk answers the download with a redirect to the bucket. The node must
 * not follow it, so the credential never reaches another host. A pass-through in front of the
 * simulator plays Libredesk with S3 storage (the simulator itself stores files on disk, "fs").
 */
import { createServer } from 'http';
import type { IncomingMessage } from 'http';
import type { AddressInfo } from 'net';

import { credentialsFor, useSimulator } from '../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import type { LibredeskCredentialData } from '../../../helpers/n8n';
import { conversationWithFiles } from '../../../helpers/files';
import { passThrough } from '../../../helpers/passThrough';
import type { PassThrough } from '../../../helpers/passThrough';

const ctx = useSimulator();

/** A conversation whose first message has invoice.pdf attached. */
const messageWithInvoice = () =>
	conversationWithFiles(ctx.sim, [
		{ name: 'invoice.pdf', type: 'application/pdf', data: Buffer.from('invoice') },
	]);

/** Message → Get of that message with its files, through Libredesk at `baseUrl`. */
async function getWithDownloads(
	{ conversation, message }: Awaited<ReturnType<typeof messageWithInvoice>>,
	credentials: Partial<LibredeskCredentialData>,
) {
	return await runNode(
		libredeskNode({
			resource: 'message',
			operation: 'get',
			conversationId: { __rl: true, mode: 'id', value: conversation.uuid },
			messageId: message.uuid,
			downloadAttachments: true,
		}),
		[{ json: {} }],
		credentialsFor(ctx.sim, credentials),
	);
}

describe('attachment download with files in S3', () => {
	const bucketRequests: IncomingMessage[] = [];
	const bucket = createServer((req, res) => {
		bucketRequests.push(req);
		res.end('file from the bucket');
	});
	let bucketUrl = '';
	let libredesk: PassThrough;

	beforeAll(async () => {
		await new Promise<void>((ready) => bucket.listen(0, '127.0.0.1', ready));
		bucketUrl = `http://127.0.0.1:${(bucket.address() as AddressInfo).port}`;
		libredesk = await passThrough(ctx.sim, (req, res) => {
			if (!req.url?.startsWith('/uploads/')) return false;
			res.writeHead(302, { Location: `${bucketUrl}/bucket${req.url}?X-Amz-Signature=abc` }).end();
			return true;
		});
	});
	afterAll(async () => {
		await new Promise((done) => bucket.close(done));
		await libredesk.close();
	});
	it('does not follow the redirect; the file is listed as skipped, and the bucket never sees the credential', async () => {
		const [output] = await getWithDownloads(await messageWithInvoice(), {
			baseUrl: libredesk.url,
		});
		expect(output.binary).toBeUndefined();
		expect(output.json.skipped_attachments).toEqual([
			{
				name: 'invoice.pdf',
				reason: expect.stringMatching(
					/^Libredesk sent the download to 127\.0\.0\.1:\d+ \(files kept in S3\)/,
				),
			},
		]);
		expect(bucketRequests).toHaveLength(0);
	});
});

describe('attachment download that is never answered', () => {
	let libredesk: PassThrough;
	beforeAll(async () => {
		libredesk = await passThrough(ctx.sim, (req) => Boolean(req.url?.startsWith('/uploads/')));
	});
	afterAll(async () => {
		await libredesk.close();
	});

	it("fails after the credential's Timeout instead of waiting forever", async () => {
		const invoice = await messageWithInvoice();
		const started = Date.now();
		await expect(getWithDownloads(invoice, { baseUrl: libredesk.url, timeout: 1 })).rejects.toThrow(
			/cut or timed out/,
		);
		expect(Date.now() - started).toBeLessThan(10_000);
	});
});
