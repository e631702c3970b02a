/**
 * `GET /uploads/{uuid}` (cmd/media.go handleServeMedia behind authOrSignedURL): an API key or a
 * signed URL; the file with its type and name (store "fs"). Signed URLs here carry `sig=simulated`.
 */
import { authenticate } from '../auth';
import { errors, fail } from '../http';
import type { Route } from '../route';

export const uploadRoutes: Route[] = [
	{
		method: 'GET',
		path: '/uploads/:uuid',
		guard: 'public',
		handle: ({ state, req, params, query }) => {
			const auth = authenticate(req, state);
			if ('response' in auth && query.get('sig') !== 'simulated')
				return fail(401, 'Invalid or expired session', 'GeneralException');
			const media = state.media.find((candidate) => candidate.uuid === params.uuid);
			if (!media) return errors.notFound('File not found');
			const inline =
				/^(image\/(?!svg)|video\/|application\/pdf$)/.test(media.content_type) &&
				query.get('download') !== '1';
			return {
				status: 200,
				body: media.data,
				headers: {
					'Content-Type': media.content_type,
					// fasthttp writes the name's UTF-8 bytes as they are; Node's http takes them as latin1.
					'Content-Disposition': Buffer.from(
						`${inline ? 'inline' : 'attachment'}; filename="${media.filename}"`,
						'utf8',
					).toString('latin1'),
					'X-Content-Type-Options': 'nosniff',
				},
			};
		},
	},
];
