/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * A minimal SMTP server on loopback that the live suite's email inbox sends through, so a test can
 * see whether Libredesk really sent an email and what it contained (no TLS, no auth).
 */
import { createServer } from 'net';
import type { AddressInfo, Server, Socket } from 'net';

export interface SentEmail {
	from: string;
	to: string[];
	data: string;
}

export interface SmtpSink {
	port: number;
	emails: SentEmail[];
	/** Resolves with the first email (already received or arriving within `timeoutMs`) that matches. */
	waitFor(match: (email: SentEmail) => boolean, timeoutMs?: number): Promise<SentEmail | undefined>;
	close(): Promise<void>;
}

function serve(socket: Socket, delivered: (email: SentEmail) => void): void {
	let buffer = '';
	let inData = false;
	let current: SentEmail = { from: '', to: [], data: '' };
	const reply = (line: string) => socket.write(`${line}\r\n`);
	reply('220 live-suite ESMTP');
	socket.on('data', (chunk: Buffer) => {
		buffer += chunk.toString('latin1');
		let newline: number;
		while ((newline = buffer.indexOf('\r\n')) >= 0) {
			const line = buffer.slice(0, newline);
			buffer = buffer.slice(newline + 2);
			if (inData) {
				if (line === '.') {
					inData = false;
					delivered(current);
					current = { from: '', to: [], data: '' };
					reply('250 OK queued');
				} else {
					current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
				}
				continue;
			}
			const verb = line.slice(0, 4).toUpperCase();
			if (verb === 'EHLO') reply('250-live-suite\r\n250 8BITMIME');
			else if (verb === 'HELO') reply('250 live-suite');
			else if (verb === 'QUIT') {
				reply('221 bye');
				socket.end();
			} else {
				if (verb === 'MAIL') current.from = line.slice(10).trim();
				else if (verb === 'RCPT') current.to.push(line.slice(8).trim());
				else if (verb === 'RSET') current = { from: '', to: [], data: '' };
				inData = verb === 'DATA';
				reply(inData ? '354 go ahead' : '250 OK');
			}
		}
	});
	socket.on('error', () => socket.destroy());
}

export async function startSmtpSink(): Promise<SmtpSink> {
	const emails: SentEmail[] = [];
	const waiters: Array<{ match: (email: SentEmail) => boolean; done: (email: SentEmail) => void }> =
		[];
	const server: Server = createServer((socket) =>
		serve(socket, (email) => {
			emails.push(email);
			for (const waiter of waiters.filter((w) => w.match(email))) {
				waiters.splice(waiters.indexOf(waiter), 1);
				waiter.done(email);
			}
		}),
	);
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	return {
		port: (server.address() as AddressInfo).port,
		emails,
		waitFor(match, timeoutMs = 10000) {
			const found = emails.find(match);
			if (found) return Promise.resolve(found);
			return new Promise((resolve) => {
				const waiter = { match, done: (email: SentEmail) => (clearTimeout(timer), resolve(email)) };
				const timer = setTimeout(() => {
					waiters.splice(waiters.indexOf(waiter), 1);
					resolve(undefined);
				}, timeoutMs);
				waiters.push(waiter);
			});
		},
		close: () => new Promise<void>((closed) => server.close(() => closed())),
	};
}
