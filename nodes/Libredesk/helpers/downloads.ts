/**
 * Attachments out: a message's files become binary properties of its output item, fetched by the
 * transport (transport/fileDownload.ts) from the credential's Base URL only.
 */
import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { downloadFile } from '../transport';
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

/** Downloads a message's attachments; returns the files and the ones left out (with why). */
export async function downloadAttachments(
	this: IExecuteFunctions,
	itemIndex: number,
	message: IDataObject,
	settings: DownloadSettings,
): Promise<{ binary: IBinaryKeyData; skipped: IDataObject[] }> {
	const binary: IBinaryKeyData = {};
	const skipped: IDataObject[] = [];
	const attachments = (
		Array.isArray(message.attachments) ? message.attachments : []
	) as Attachment[];
	for (const attachment of attachments) {
		const name = attachment.name || 'attachment';
		const declared = Number(attachment.size);
		if (!attachment.uuid || !/^[0-9a-zA-Z-]+$/.test(attachment.uuid)) {
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
		const file = await downloadFile.call(this, attachment.uuid, settings.maxBytes, itemIndex);
		if (file.kind === 'redirected') {
			skipped.push({
				name,
				reason: `Libredesk sent the download to ${file.host} (files kept in S3); the node downloads only from the credential's Base URL`,
			});
			continue;
		}
		if (file.kind === 'tooLarge') {
			skipped.push({
				name,
				...(file.size !== undefined ? { size: file.size } : {}),
				reason: `larger than Max Attachment Size (${settings.maxBytes} bytes)`,
			});
			continue;
		}
		const mimeType = attachment.content_type || file.contentType || 'application/octet-stream';
		binary[`${settings.prefix}${Object.keys(binary).length}`] =
			await this.helpers.prepareBinaryData(file.data, name, mimeType);
	}
	return { binary, skipped };
}
