/* eslint-disable @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * A server in front of the simulator that passes every request through, unless `answer` returns
 * its own response: for what the simulator cannot do itself (a redirect to S3, a failure of the
 * Nth request to a path).
 */
import { createServer } from 'http';
import type { IncomingMessage, ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import type { Simulator } from '../../simulator/server';

export interface PassThrough {
	url: string;
	close(): Promise<void>;
}

export async function passThrough(
	sim: Simulator,
	answer: (req: IncomingMessage, res: ServerResponse) => boolean,
): Promise<PassThrough> {
	const server = createServer(async (req, res) => {
		if (answer(req, res)) return;
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const hasBody = !['GET', 'HEAD'].includes(req.method ?? 'GET');
		const forwarded = await fetch(`${sim.url}${req.url}`, {
			method: req.method,
			headers: req.headers as Record<string, string>,
			body: hasBody ? Buffer.concat(chunks) : undefined,
		});
		res.writeHead(forwarded.status, {
			'Content-Type': forwarded.headers.get('content-type') ?? 'application/json',
		});
		res.end(Buffer.from(await forwarded.arrayBuffer()));
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
