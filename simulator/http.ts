/** Wire helpers of the simulator: Libredesk's envelope and a small multipart reader. */
import type { Json } from './state';

export interface SimResponse {
	status: number;
	/** A Buffer is sent as is (file downloads); set its Content-Type in `headers`. */
	body: Json | string | Buffer;
	headers?: Record<string, string>;
}

/** fastglue SendEnvelope: always HTTP 200, `{status:"success", data}`. */
export function ok(data: Json): SimResponse {
	return { status: 200, body: { status: 'success', data } };
}

/** fastglue SendErrorEnvelope: `{status:"error", message, data:null, error_type}`. */
export function fail(status: number, message: string, errorType: string): SimResponse {
	return { status, body: { status: 'error', message, data: null, error_type: errorType } };
}

export const errors = {
	input: (message: string) => fail(400, message, 'InputException'),
	general: (status = 500, message = 'Something went wrong') =>
		fail(status, message, 'GeneralException'),
	notFound: (message: string) => fail(404, message, 'NotFoundException'),
	permission: (message = 'Permission denied') => fail(403, message, 'PermissionException'),
};

export interface MultipartPart {
	name: string;
	fileName?: string;
	contentType?: string;
	data: Buffer;
}

/** Parses multipart/form-data; returns undefined when the body is not multipart. */
export function parseMultipart(
	contentType: string | undefined,
	body: Buffer,
): MultipartPart[] | undefined {
	const match = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
	if (!match) return undefined;
	const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
	const parts: MultipartPart[] = [];
	let start = body.indexOf(boundary);
	while (start !== -1) {
		const next = body.indexOf(boundary, start + boundary.length);
		if (next === -1) break;
		const chunk = body.subarray(start + boundary.length + 2, next - 2);
		const headerEnd = chunk.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const headers = chunk.subarray(0, headerEnd).toString('utf8');
			const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
			const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
			if (name !== undefined) {
				parts.push({
					name,
					fileName: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
					contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim(),
					data: chunk.subarray(headerEnd + 4),
				});
			}
		}
		start = next;
	}
	return parts;
}
