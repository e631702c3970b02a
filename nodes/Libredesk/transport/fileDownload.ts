/**
 * Files stored in Libredesk, fetched from `<Base URL>/uploads/<uuid>` with the credential (the
 * endpoint takes API-key auth). Only the Base URL is asked, never the attachment's `url` (built from
 * Libredesk's root URL setting, which may name another host), and a redirect is not followed, so
 * the API secret never leaves the credential's origin. Not retried: a download is read once.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { libredeskNetworkError, libredeskResponseError } from './errors';
import { exchangeFile, headerText, timeoutMs } from './exchange';
import { libredeskTarget } from './request';
import type { LibredeskRequest } from './types';

export type DownloadedFile =
	| { kind: 'file'; data: Buffer; contentType?: string }
	/** Libredesk sent the download elsewhere: the host it named, and whether that is the Base URL's own origin. */
	| { kind: 'redirected'; host: string; sameOrigin: boolean }
	/** Libredesk has no such file (404). */
	| { kind: 'missing' }
	/** Larger than asked for; the size when Libredesk declared it. Nothing more was read. */
	| { kind: 'tooLarge'; size?: number };

export async function downloadFile(
	this: IExecuteFunctions,
	uuid: string,
	maxBytes: number,
	itemIndex: number,
): Promise<DownloadedFile> {
	const { credentialsDecrypted, credentials, baseUrl, origin, secrets } =
		await libredeskTarget.call(this, itemIndex);
	const request: LibredeskRequest = {
		method: 'GET',
		endpoint: `/uploads/${uuid}`,
		outsideApi: true,
		itemIndex,
		permission: 'messages:read',
	};
	let answer;
	try {
		answer = await exchangeFile(
			this,
			{
				method: 'GET',
				url: `${baseUrl}/uploads/${encodeURIComponent(uuid)}`,
				json: false,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				skipSslCertificateValidation: credentials.allowUnauthorizedCerts === true,
			},
			{ credentialsDecrypted },
			maxBytes,
			Date.now() + timeoutMs(credentials.timeout),
		);
	} catch (error) {
		throw libredeskNetworkError(this.getNode(), request, baseUrl, error);
	}
	const { statusCode, headers, data, declaredSize } = answer;
	if (statusCode >= 300 && statusCode < 400) {
		let host = 'another address';
		let sameOrigin = false;
		try {
			const target = new URL(headerText(headers.location) ?? '', baseUrl);
			host = target.host;
			sameOrigin = target.origin === origin;
		} catch {}
		return { kind: 'redirected', host, sameOrigin };
	}
	if (statusCode === 404) return { kind: 'missing' };
	if (statusCode < 200 || statusCode >= 300)
		throw libredeskResponseError(
			this.getNode(),
			request,
			statusCode,
			data?.toString('utf8') ?? '',
			secrets,
		);
	if (!data)
		return { kind: 'tooLarge', ...(declaredSize !== undefined ? { size: declaredSize } : {}) };
	const type = headerText(headers['content-type']);
	return { kind: 'file', data, contentType: type?.split(';')[0] };
}
