/**
 * Endpoints that answer a text file instead of the JSON envelope (the conversation transcript).
 * Their errors still come as the envelope and are mapped by request.ts before this runs.
 */
import type { INode } from 'n8n-workflow';

import { notLibredeskAnswer } from './errors';
import { headerText } from './exchange';
import type { Answer } from './exchange';
import type { LibredeskRequest } from './types';

export interface TextFile {
	text: string;
	/**
	 * From Content-Disposition, when the server named the file: as sent, so not safe to use as a
	 * name before helpers/fileNames.ts cleaned it.
	 */
	fileName?: string;
}

/** The file name of a Content-Disposition header (`attachment; filename="a.txt"`), as sent. */
export function dispositionFileName(header: string | undefined): string | undefined {
	const match = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header ?? '');
	return (match?.[1] ?? match?.[2])?.trim() || undefined;
}

/** The text of a 2xx answer that must be `text/plain`; anything else is not Libredesk's file. */
export function textFile(node: INode, request: LibredeskRequest, answer: Answer): TextFile {
	const type = headerText(answer.headers['content-type'])?.split(';')[0].trim().toLowerCase();
	const { body } = answer;
	if (type !== 'text/plain' || (typeof body !== 'string' && !Buffer.isBuffer(body)))
		throw notLibredeskAnswer(node, request);
	const fileName = dispositionFileName(headerText(answer.headers['content-disposition']));
	return {
		text: typeof body === 'string' ? body : body.toString('utf8'),
		...(fileName ? { fileName } : {}),
	};
}
