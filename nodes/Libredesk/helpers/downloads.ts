/**
 * Attachments out: a message's files become binary properties of its output item, fetched by the
 * transport (transport/fileDownload.ts) from the credential's Base URL only.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { answerList, downloadFile } from '../transport';
import type { DownloadedFile, LibredeskRequest, RedirectTarget } from '../transport';
import { cleanMimeType, safeFileName } from './fileNames';
import type { InputChecker } from './validation';

export interface DownloadSettings {
	maxBytes: number;
	prefix: string;
}

export function downloadFields(): INodeProperties[] {
	const whenOn = { show: { downloadAttachments: [true] } };
	return [
		{
			displayName: 'Download Attachments',
			name: 'downloadAttachments',
			type: 'boolean',
			default: false,
			description:
				"Whether to download each message's attachments into binary properties of its output item, with their original file names and types",
		},
		{
			displayName: 'Max Attachment Size (MB)',
			name: 'maxAttachmentMb',
			type: 'number',
			typeOptions: { minValue: 0.001 },
			default: 20,
			description:
				'Larger files are not downloaded; they are listed in `skipped_attachments` of the item instead',
			displayOptions: whenOn,
		},
		{
			displayName: 'Put Output Files in Field',
			name: 'binaryPrefix',
			type: 'string',
			default: 'attachment_',
			hint: 'The files go into binary properties named with this prefix and a number: attachment_0, attachment_1, …',
			displayOptions: whenOn,
		},
	];
}

/** The download settings of an item, or undefined when downloads are off. */
export function readDownloadSettings(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
): DownloadSettings | undefined {
	if (!(this.getNodeParameter('downloadAttachments', itemIndex, false) as boolean))
		return undefined;
	const megabytes = Number(this.getNodeParameter('maxAttachmentMb', itemIndex, 20));
	if (!Number.isFinite(megabytes) || megabytes <= 0)
		throw check.fail(
			'Max Attachment Size (MB)',
			`is ${String(megabytes)}`,
			'Enter a size above 0, e.g. 20.',
		);
	const prefix = check.propertyName(
		'Put Output Files in Field',
		this.getNodeParameter('binaryPrefix', itemIndex, 'attachment_'),
		'attachment_',
	);
	return { maxBytes: Math.floor(megabytes * 1024 * 1024), prefix };
}

interface Attachment {
	uuid?: string;
	name?: string;
	content_type?: string;
	size?: number | string;
}

/** A failed download names the file it was for; the error stays Libredesk's (status, type, hint). */
async function fetchNamed(
	this: IExecuteFunctions,
	name: string,
	uuid: string,
	settings: DownloadSettings,
	itemIndex: number,
): Promise<DownloadedFile> {
	try {
		return await downloadFile.call(this, uuid, settings.maxBytes, itemIndex);
	} catch (error) {
		const failure =
			error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		failure.message = `Downloading attachment "${name}": ${failure.message}`;
		throw failure;
	}
}

/** What a redirected download is said to be, by where it went. */
function redirectReason(to: RedirectTarget): string {
	switch (to.where) {
		case 'elsewhere':
			return `Libredesk sent the download to ${to.host} (files kept in S3); the node downloads only from the credential's Base URL`;
		case 'uploads':
			return `the server at the Base URL redirected the download to ${to.path} on the same server, as a proxy in front of Libredesk that rewrites paths does; the node does not follow redirects of files. Set the Base URL to the address at which Libredesk serves /uploads/ directly`;
		case 'page':
			return "Libredesk answered the download with a redirect to another page of the same server instead of the file; check that nothing (a login page, a proxy) stands between n8n and Libredesk's /uploads";
		case 'nowhere':
			return "Libredesk answered the download with a redirect without a usable address instead of the file; check that nothing (a proxy) stands between n8n and Libredesk's /uploads";
	}
}

/** Why a file the node asked for did not become a binary property, or undefined when it did. */
function leftOut(file: DownloadedFile, settings: DownloadSettings): IDataObject | undefined {
	switch (file.kind) {
		case 'file':
			return undefined;
		case 'missing':
			return {
				reason: 'Libredesk has no file for this attachment (HTTP 404); it may have been deleted',
			};
		case 'redirected':
			return { reason: redirectReason(file.to) };
		case 'tooLarge':
			return {
				...(file.size !== undefined ? { size: file.size } : {}),
				reason: `larger than Max Attachment Size (${settings.maxBytes} bytes)`,
			};
	}
}

/**
 * Downloads a message's attachments; returns the files and the ones left out (with why). Names
 * and types are the sender's: only a cleaned base name and type reach n8n (helpers/fileNames.ts).
 */
export async function downloadAttachments(
	this: IExecuteFunctions,
	read: LibredeskRequest,
	message: IDataObject,
	settings: DownloadSettings,
): Promise<{ binary: IBinaryKeyData; skipped: IDataObject[] }> {
	const itemIndex = read.itemIndex ?? 0;
	const binary: IBinaryKeyData = {};
	const skipped: IDataObject[] = [];
	// `read` is the request the message came from, which the error names.
	const attachments = answerList(
		this.getNode(),
		read,
		message.attachments,
		"a message's attachments",
	) as Attachment[];
	for (const attachment of attachments) {
		const name = safeFileName(attachment.name);
		const declared = Number(attachment.size);
		if (typeof attachment.uuid !== 'string' || !/^[0-9a-zA-Z-]+$/.test(attachment.uuid)) {
			skipped.push({ name, reason: 'Libredesk gave no file ID for this attachment' });
			continue;
		}
		if (Number.isFinite(declared) && declared > settings.maxBytes) {
			skipped.push({
				name,
				size: declared,
				reason: `larger than Max Attachment Size (${settings.maxBytes} bytes)`,
			});
			continue;
		}
		const file = await fetchNamed.call(this, name, attachment.uuid, settings, itemIndex);
		const why = leftOut(file, settings);
		if (why || file.kind !== 'file') {
			skipped.push({ name, ...why });
			continue;
		}
		const mimeType =
			cleanMimeType(attachment.content_type) ??
			cleanMimeType(file.contentType) ??
			'application/octet-stream';
		binary[`${settings.prefix}${Object.keys(binary).length}`] =
			await this.helpers.prepareBinaryData(file.data, name, mimeType);
	}
	return { binary, skipped };
}
