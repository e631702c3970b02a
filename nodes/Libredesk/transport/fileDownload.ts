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
	/** Libredesk, or a proxy in front of it, sent the download elsewhere (see RedirectTarget). */
	| { kind: 'redirected'; to: RedirectTarget }
	/** Libredesk has no such file (404). */
	| { kind: 'missing' }
	/** Larger than asked for; the size when Libredesk declared it. Nothing more was read. */
	| { kind: 'tooLarge'; size?: number };

/**
 * Where a download was redirected: another host (files kept in S3, or another address of
 * Libredesk), the Base URL's own server (`uploads`: to an `/uploads/` path of it, as a proxy
 * that rewrites paths does; `page`: to another page, e.g. a login), or no usable address.
 */
export type RedirectTarget =
	| { where: 'elsewhere'; host: string }
	| { where: 'uploads'; path: string }
	| { where: 'page'; path: string }
	| { where: 'nowhere' };

/** Classifies a Location header against the Base URL; the query (e.g. a signature) is never kept. */
export function redirectTarget(
	location: string | undefined,
	baseUrl: string,
	origin: string,
): RedirectTarget {
	if (!location?.trim()) return { where: 'nowhere' };
	let target: URL;
	try {
		target = new URL(location, `${baseUrl}/uploads/`);
	} catch {
		return { where: 'nowhere' };
	}
	if (target.protocol !== 'http:' && target.protocol !== 'https:') return { where: 'nowhere' };
	if (target.origin !== origin) return { where: 'elsewhere', host: target.host };
	const path = target.pathname;
	return /\/uploads\//.test(path) ? { where: 'uploads', path } : { where: 'page', path };
}

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
	if (statusCode >= 300 && statusCode < 400)
		return {
			kind: 'redirected',
			to: redirectTarget(headerText(headers.location), baseUrl, origin),
		};
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
