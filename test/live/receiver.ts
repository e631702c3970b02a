/* eslint-disable @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/** A plain loopback receiver for Libredesk webhook deliveries: raw body, headers, arrival order. */
import { createServer } from 'http';
import type { IncomingHttpHeaders, Server } from 'http';
import type { AddressInfo } from 'net';

export interface Delivery {
	headers: IncomingHttpHeaders;
	raw: Buffer;
	event: string;
	timestamp: string;
	payload: Record<string, unknown>;
}

export interface Receiver {
	url: string;
	deliveries: Delivery[];
	close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
	const deliveries: Delivery[] = [];
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const raw = Buffer.concat(chunks);
			const body = JSON.parse(raw.toString('utf8')) as Omit<Delivery, 'headers' | 'raw'>;
			deliveries.push({
				headers: req.headers,
				raw,
				event: body.event,
				timestamp: body.timestamp,
				payload: body.payload,
			});
			res.writeHead(200).end('ok');
		});
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
		deliveries,
		// Libredesk keeps its connections open; close them rather than wait for its idle timeout.
		close: () =>
			new Promise<void>((closed) => {
				server.close(() => closed());
				server.closeAllConnections();
			}),
	};
}
