/* eslint-disable @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
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

/** Files whose name and type the sender chose, as Libredesk stores them from an email. */
async function messageWithNames(names: string[], contentType = 'application/pdf') {
	const files = names.map((_name, index) => ({
		name: `file${index}.bin`,
		type: 'application/octet-stream',
		data: Buffer.from(`body ${index}`),
	}));
	const seeded = await conversationWithFiles(ctx.sim, files);
	const media = ctx.sim.state.media.slice(-names.length);
	media.forEach((stored, index) => {
		stored.filename = names[index];
		stored.content_type = contentType;
	});
	return { ...seeded, media };
}

describe('attachment downloads from a Libredesk that answers its own way', () => {
	let libredesk: PassThrough;
	let answerFor: (
		uuid: string,
	) => { status: number; headers?: Record<string, string>; body?: string } | undefined;
	beforeAll(async () => {
		libredesk = await passThrough(ctx.sim, (req, res) => {
			const uuid = /^\/uploads\/([^/?]+)/.exec(req.url ?? '')?.[1];
			const answer = uuid ? answerFor(uuid) : undefined;
			if (!answer) return false;
			res
				.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers })
				.end(
					answer.body ??
						JSON.stringify({ status: 'error', message: 'gone', error_type: 'GeneralException' }),
				);
			return true;
		});
	});
	afterAll(async () => {
		await libredesk.close();
	});

	it('names and types as the sender wrote them become a safe base name and a clean MIME type; no directory is ever set', async () => {
		const hostileNames = [
			'..\\..\\win.ini',
			'C:\\Users\\x\\a.pdf',
			'../../etc/passwd',
			'..',
			'bell\u0007\u001b[31mred\r\nX-Evil: 1\u0000.txt',
			'invoice\u202Efdp.exe',
			`${'a'.repeat(5000)}.pdf`,
		];
		const seeded = await messageWithNames(hostileNames, 'text/plain\r\nX-Injected: 1');
		answerFor = () => ({
			status: 200,
			headers: { 'Content-Type': 'application/octet-stream' },
			body: 'file',
		});
		const [output] = await getWithDownloads(seeded, { baseUrl: libredesk.url });
		const files = Object.values(output.binary ?? {});
		expect(files.map((file) => file.fileName)).toEqual([
			'win.ini',
			'a.pdf',
			'passwd',
			'attachment',
			'bell[31mredX-Evil_ 1.txt',
			'invoicefdp.exe',
			`${'a'.repeat(251)}.pdf`,
		]);
		for (const file of files) {
			expect(file.directory).toBeUndefined();
			// The declared type had CR LF in it: the downloaded file's own type is used instead.
			expect(file.mimeType).toBe('application/octet-stream');
		}
	});

	it('a missing file (404) is listed as skipped by name; the other files still come', async () => {
		const seeded = await messageWithNames(['lost.pdf', 'kept.pdf']);
		answerFor = (uuid) => (uuid === seeded.media[0].uuid ? { status: 404 } : undefined);
		const [output] = await getWithDownloads(seeded, { baseUrl: libredesk.url });
		expect(Object.values(output.binary ?? {}).map((file) => file.fileName)).toEqual(['kept.pdf']);
		expect(output.json.skipped_attachments).toEqual([
			{
				name: 'lost.pdf',
				reason: expect.stringMatching(/no file for this attachment \(HTTP 404\)/),
			},
		]);
	});

	it('a redirect to another page of the same server is not called S3', async () => {
		const seeded = await messageWithNames(['login.pdf']);
		answerFor = () => ({ status: 302, headers: { Location: '/login?next=/uploads' } });
		const [output] = await getWithDownloads(seeded, { baseUrl: libredesk.url });
		const [skipped] = output.json.skipped_attachments as Array<{ reason: string }>;
		expect(skipped.reason).toMatch(/redirect to another page of the same server/);
		expect(skipped.reason).not.toMatch(/S3/);
	});

	it('a same-origin redirect to another /uploads/ path is told as a proxy in front of Libredesk, not as S3', async () => {
		const seeded = await messageWithNames(['moved.pdf']);
		answerFor = (uuid) => ({ status: 301, headers: { Location: `/desk/uploads/${uuid}` } });
		const [output] = await getWithDownloads(seeded, { baseUrl: libredesk.url });
		const [skipped] = output.json.skipped_attachments as Array<{ reason: string }>;
		expect(skipped.reason).toMatch(
			/redirected the download to \/desk\/uploads\/.+ on the same server, as a proxy in front of Libredesk/,
		);
		expect(skipped.reason).not.toMatch(/S3|another host/);
	});

	it('a redirect without an address is not called S3 either', async () => {
		const seeded = await messageWithNames(['nowhere.pdf']);
		answerFor = () => ({ status: 302, headers: { Location: '' } });
		const [output] = await getWithDownloads(seeded, { baseUrl: libredesk.url });
		const [skipped] = output.json.skipped_attachments as Array<{ reason: string }>;
		expect(skipped.reason).toMatch(/a redirect without a usable address/);
		expect(skipped.reason).not.toMatch(/S3/);
	});

	it('any other failure names the file and the path the node requested', async () => {
		const seeded = await messageWithNames(['report.pdf']);
		answerFor = () => ({ status: 500 });
		const error = (await getWithDownloads(seeded, { baseUrl: libredesk.url }).catch(
			(caught: unknown) => caught,
		)) as { message: string; context: { libredesk: { endpoint: string } } };
		expect(error.message).toMatch(
			/^Downloading attachment "report\.pdf": Libredesk: gone \(HTTP 500/,
		);
		expect(error.context.libredesk.endpoint).toBe(`/uploads/${seeded.media[0].uuid}`);
	});
});
