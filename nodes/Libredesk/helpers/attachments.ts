/** Files to attach: read from the item's binary properties up front, uploaded just before use. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { uploadMedia } from '../transport';
import type { MediaUpload } from '../transport';
import type { InputChecker } from './validation';

/** The binary properties of an item, read and checked before any request. */
export async function binaryUploads(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	names: unknown,
): Promise<MediaUpload[]> {
	const binaries = this.getInputData()[itemIndex].binary ?? {};
	const uploads: MediaUpload[] = [];
	for (const name of check.nameList('Binary Properties', names)) {
		const binary = binaries[name];
		if (!binary) {
			const present = Object.keys(binaries);
			throw check.fail(
				'Binary Properties',
				`names "${name}", but the item has no binary property of that name`,
				`Use the name of a binary property of the input item${present.length ? ` (it has: ${present.join(', ')})` : '; this item has no binary data at all'}.`,
			);
		}
		uploads.push({
			data: await this.helpers.getBinaryDataBuffer(itemIndex, name),
			fileName: binary.fileName ?? name,
			mimeType: binary.mimeType || 'application/octet-stream',
		});
	}
	return uploads;
}

/** Uploads the files and returns the media IDs to attach, after the IDs given directly. */
export async function attachmentIds(
	this: IExecuteFunctions,
	itemIndex: number,
	ids: number[],
	uploads: MediaUpload[],
): Promise<number[]> {
	const all = [...ids];
	for (const upload of uploads)
		all.push((await uploadMedia.call(this, upload, itemIndex)).id as number);
	return all;
}
