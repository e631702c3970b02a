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
	/** From Content-Disposition, when Libredesk named the file. */
	fileName?: string;
}

/** The file name of a Content-Disposition header (`attachment; filename="a.txt"`). */
export function dispositionFileName(header: string | undefined): string | undefined {
	const match = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header ?? '');
	const name = (match?.[1] ?? match?.[2])?.trim();
	// Only the last path segment: a name is never a place to write to.
	return name ? name.split(/[\\/]/).pop() || undefined : undefined;
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
