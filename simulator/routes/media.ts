/** `POST /api/v1/media` (cmd/media.go handleMediaUpload): multipart, first `files` part only. */
import { randomUUID } from 'crypto';

import { errors, fail, ok, parseMultipart } from '../http';
import type { Route } from '../route';
import { mediaJson } from '../serialize';

export const mediaRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/v1/media',
		guard: 'auth',
		handle: ({ state, req, body, origin }) => {
			const parts = parseMultipart(req.headers['content-type'], body);
			if (!parts) return errors.general(500, 'Error parsing request');
			const file = parts.find((part) => part.name === 'files' && part.fileName !== undefined);
			if (!file) return errors.input('File not found');
			if (file.data.length === 0) return errors.input('File is empty');
			if (file.data.length > state.maxUploadBytes) {
				return fail(
					413,
					`File size too large. Please upload file lesser than ${state.maxUploadBytes / 1024 / 1024} MB`,
					'InputException',
				);
			}
			const inline = parts.find((part) => part.name === 'inline')?.data.toString() === 'true';
			const linkedModel = parts.find((part) => part.name === 'linked_model')?.data.toString() ?? '';
			const at = state.now();
			const media = {
				id: state.nextId('media'),
				uuid: randomUUID(),
				filename: file.fileName ?? 'file',
				content_type: file.contentType ?? 'application/octet-stream',
				size: file.data.length,
				disposition: inline ? 'inline' : 'attachment',
				model_type: linkedModel,
				model_id: null,
				created_at: at,
				updated_at: at,
				data: Buffer.from(file.data),
			};
			state.media.push(media);
			return ok(mediaJson(media, origin));
		},
	},
];
