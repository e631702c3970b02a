/**
 * One inbox and its toggle (cmd/inboxes.go). Both need inboxes:manage. Get of a missing or deleted
 * inbox is a 400 "Inbox not found"; toggle flips `enabled` (of a deleted inbox too: its query does
 * not look at deleted_at) and answers the inbox with passwords masked, or, for a missing inbox, an
 * empty 200.
 */
import { errors, ok } from '../http';
import { pathNumber } from '../route';
import type { Route } from '../route';
import { inboxJsonWithSecret } from '../serialize';

export const inboxRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/inboxes/:id',
		guard: 'inboxes:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			const inbox = ctx.state.inboxes.find(
				(candidate) => candidate.id === id && !candidate.deleted,
			);
			return inbox ? ok(inboxJsonWithSecret(inbox)) : errors.input('Inbox not found');
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/inboxes/:id/toggle',
		guard: 'inboxes:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id === 0) return errors.input('Something went wrong');
			const inbox = ctx.state.inboxes.find((candidate) => candidate.id === id);
			// The handler returns the error instead of sending it: fastglue answers 200, no body.
			if (!inbox) return { status: 200, body: '' };
			Object.assign(inbox, { enabled: !inbox.enabled, updated_at: ctx.state.now() });
			return ok(inboxJsonWithSecret(inbox));
		},
	},
];
