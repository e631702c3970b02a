/**
 * The simulator must behave like Libredesk (../shared/libredesk-api.md); these tests pin the
 * behaviour the node relies on, with plain HTTP and no n8n involved.
 */
import { useSimulator } from '../helpers/fixtures';
import { SEED_KEYS } from '../../simulator/state';

const ctx = useSimulator();
const basic = (key = SEED_KEYS.admin.key, secret = SEED_KEYS.admin.secret) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

async function call(method: string, path: string, options: { auth?: string | null; body?: unknown; contentType?: string; raw?: string | FormData } = {}) {
	const headers: Record<string, string> = {};
	if (options.auth !== null) headers.Authorization = options.auth ?? basic();
	let body: string | FormData | undefined = options.raw;
	if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		headers['Content-Type'] = options.contentType ?? 'application/json';
	}
	const response = await fetch(`${ctx.sim.url}${path}`, { method, headers, body });
	return { status: response.status, json: (await response.json()) as { status: string; data?: unknown; message?: string; error_type?: string } };
}

const valid = { inbox_id: 1, contact_email: 'sim@example.com', first_name: 'Sim', content: '<p>x</p>', initiator: 'agent', subject: 'Hello' };

describe('auth (cmd/middlewares.go)', () => {
	it('accepts Basic and lowercase token', async () => {
		expect((await call('GET', '/api/v1/agents/me')).status).toBe(200);
		expect((await call('GET', '/api/v1/agents/me', { auth: `token ${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}` })).status).toBe(200);
	});

	it.each([
		['GET', null, 401, 'Invalid or expired session', 'GeneralException'],
		['POST', null, 403, 'CSRF token mismatch', 'PermissionException'],
		['POST', `Token ${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`, 403, 'CSRF token mismatch', 'PermissionException'],
		['POST', `basic ${Buffer.from(`${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`).toString('base64')}`, 403, 'CSRF token mismatch', 'PermissionException'],
		['GET', 'Bearer abc', 401, 'Invalid or expired session', 'GeneralException'],
		['POST', basic(SEED_KEYS.admin.key, 'wrong'), 401, 'Invalid credential', 'GeneralException'],
		['POST', basic(SEED_KEYS.disabled.key, SEED_KEYS.disabled.secret), 401, 'Invalid credential', 'GeneralException'],
		['POST', basic(SEED_KEYS.agent.key, SEED_KEYS.agent.secret), 403, 'Permission denied', 'PermissionException'],
	])('%s with %p -> %i %s', async (method, auth, status, message, errorType) => {
		const path = method === 'GET' ? '/api/v1/agents/me' : '/api/v1/conversations';
		const response = await call(method, path, { auth, body: method === 'GET' ? undefined : valid });
		expect(response.status).toBe(status);
		expect(response.json).toEqual({ status: 'error', message, data: null, error_type: errorType });
	});

	it('leaves /health open', async () => {
		expect(await call('GET', '/health', { auth: null })).toEqual({ status: 200, json: { status: 'success', data: true } });
	});

	it('answers unknown routes and methods like fastglue', async () => {
		expect((await call('GET', '/api/v1/nope')).json.message).toBe('Route not found');
		expect((await call('DELETE', '/api/v1/inboxes')).status).toBe(405);
	});
});

describe('POST /api/v1/conversations (cmd/conversation.go)', () => {
	it.each([
		['bad JSON', { raw: '{', contentType: 'application/json' }, 'Error parsing request'],
		['inbox_id as a string', { body: { ...valid, inbox_id: '1' } }, 'Error parsing request'],
		['a non-JSON content type', { body: valid, contentType: 'text/plain' }, '`inbox_id` Required'],
		['no inbox', { body: { ...valid, inbox_id: 0 } }, '`inbox_id` Required'],
		['no content (checked before the email)', { body: { ...valid, content: '', contact_email: '' } }, '`content` Required'],
		['no email', { body: { ...valid, contact_email: '  ' } }, '`contact_email` Required'],
		['no first name', { body: { ...valid, first_name: '' } }, '`first_name` Required'],
		['a display-name email', { body: { ...valid, contact_email: 'Sim <sim@example.com>' } }, 'Invalid email address'],
		['a bad initiator', { body: { ...valid, initiator: 'bot' } }, 'Something went wrong'],
		['an unknown inbox', { body: { ...valid, inbox_id: 42 } }, 'Inbox not found'],
		['a disabled inbox', { body: { ...valid, inbox_id: 3 } }, 'globals.messages.disabled'],
		['a livechat inbox', { body: { ...valid, inbox_id: 4 } }, 'Something went wrong'],
	])('%s -> 400 %s', async (_name, request, message) => {
		const { raw, body, contentType } = request as { raw?: string; body?: unknown; contentType?: string };
		const response = raw
			? await fetch(`${ctx.sim.url}/api/v1/conversations`, { method: 'POST', headers: { Authorization: basic(), 'Content-Type': contentType! }, body: raw }).then(async (r) => ({ status: r.status, json: await r.json() }))
			: await call('POST', '/api/v1/conversations', { body, contentType });
		expect(response.status).toBe(400);
		expect(response.json).toMatchObject({ status: 'error', message, error_type: 'InputException' });
	});

	it('answers 200 with the conversation, appends the reference to the subject and reuses contacts unchanged', async () => {
		const first = await call('POST', '/api/v1/conversations', { body: { ...valid, contact_email: 'Reuse@Example.com', first_name: 'Original' } });
		const second = await call('POST', '/api/v1/conversations', { body: { ...valid, contact_email: 'reuse@example.com', first_name: 'Renamed', subject: '' } });
		expect(first.status).toBe(200);
		const a = first.json.data as { reference_number: string; subject: string; contact: { id: number; first_name: string } };
		const b = second.json.data as typeof a;
		expect(Number(b.reference_number)).toBe(Number(a.reference_number) + 1);
		expect(Number(a.reference_number)).toBeGreaterThanOrEqual(100);
		expect(a.subject).toBe(`Hello - #${a.reference_number}`);
		expect(b.subject).toBe(` - #${b.reference_number}`);
		expect(b.contact).toEqual(a.contact);
		expect(b.contact.first_name).toBe('Original');
	});

	it('silently ignores unknown agent and team IDs and drops undefined custom attributes', async () => {
		const response = await call('POST', '/api/v1/conversations', { body: { ...valid, agent_id: 999, team_id: 999, custom_attributes: { order_id: '7', unknown: 'x' } } });
		expect(response.json.data).toMatchObject({ assigned_user_id: null, assigned_team_id: null, custom_attributes: { order_id: '7' } });
	});

	it('fails with 500 on an unknown attachment ID after creating the conversation', async () => {
		const before = ctx.sim.state.conversations.length;
		const response = await call('POST', '/api/v1/conversations', { body: { ...valid, attachments: [424242] } });
		expect(response).toEqual({ status: 500, json: { status: 'error', message: 'Something went wrong', data: null, error_type: 'GeneralException' } });
		expect(ctx.sim.state.conversations.length).toBe(before + 1);
	});
});

describe('POST /api/v1/media (cmd/media.go)', () => {
	it('stores the first "files" part and returns the media object', async () => {
		const form = new FormData();
		form.append('files', new Blob(['hello'], { type: 'text/plain' }), 'a.txt');
		form.append('files', new Blob(['ignored'], { type: 'text/plain' }), 'b.txt');
		const response = await call('POST', '/api/v1/media', { raw: form });
		expect(response.json.data).toMatchObject({ filename: 'a.txt', content_type: 'text/plain', size: 5, disposition: 'attachment', model_id: null });
	});

	it('needs a file, and multipart', async () => {
		const form = new FormData();
		form.append('inline', 'true');
		expect((await call('POST', '/api/v1/media', { raw: form })).json.message).toBe('File not found');
		expect((await call('POST', '/api/v1/media', { body: { files: 'x' } })).status).toBe(500);
	});
});

describe('lookups', () => {
	it('lists disabled and livechat inboxes too, masking secrets', async () => {
		const inboxes = (await call('GET', '/api/v1/inboxes')).json.data as Array<{ channel: string; enabled: boolean }>;
		expect(inboxes.map((inbox) => [inbox.channel, inbox.enabled])).toEqual([['email', true], ['email', true], ['email', false], ['livechat', true]]);
	});
});

describe('webhooks (cmd/webhooks.go)', () => {
	const hook = { name: 'sim-test', url: 'http://127.0.0.1:9/hook', events: ['conversation.created'], secret: 's3cret', is_active: true };

	it.each([
		[{ ...hook, name: '' }, '`name` empty'],
		[{ ...hook, url: '' }, '`url` empty'],
		[{ ...hook, events: [] }, '`events` empty'],
	])('answers a validation error with HTTP 200 "success" and no id (%#)', async (body, message) => {
		const response = await call('POST', '/api/v1/webhooks', { body });
		expect(response).toEqual({ status: 200, json: { status: 'success', data: { Code: 400, ErrorType: 'InputException', Message: message, Data: null } } });
	});

	it('creates with a masked secret, refuses unknown events with 500, and deletes', async () => {
		expect((await call('POST', '/api/v1/webhooks', { body: { ...hook, name: 'bad-event', events: ['conversation.closed'] } })).status).toBe(500);
		const created = (await call('POST', '/api/v1/webhooks', { body: hook })).json.data as { id: number; secret: string };
		expect(created.secret).toBe('••••••••••');
		expect((await call('DELETE', `/api/v1/webhooks/${created.id}`)).json.data).toBe(true);
		expect((await call('GET', `/api/v1/webhooks/${created.id}`)).status).toBe(404);
	});

	it('needs webhooks:manage', async () => {
		expect((await call('GET', '/api/v1/webhooks', { auth: basic(SEED_KEYS.agent.key, SEED_KEYS.agent.secret) })).status).toBe(403);
	});
});

describe('webhooks, as confirmed on Libredesk v2.7.0 (cmd/webhooks.go, internal/webhook)', () => {
	const hook = { name: 'sim-dup', url: 'http://127.0.0.1:9/hook', events: ['conversation.created'], secret: 's3cret', is_active: true };
	const secretOf = async (id: number) => ((await call('GET', `/api/v1/webhooks/${id}`)).json.data as { secret: string }).secret;

	it('answers an unknown ID with 404 "Not found" (GET, test), 200 true (DELETE), 500 (PUT, toggle) and 400 for a non-number', async () => {
		expect((await call('GET', '/api/v1/webhooks/999999')).json).toEqual({ status: 'error', message: 'Not found', data: null, error_type: 'NotFoundException' });
		expect((await call('POST', '/api/v1/webhooks/999999/test')).status).toBe(404);
		expect(await call('DELETE', '/api/v1/webhooks/999999')).toEqual({ status: 200, json: { status: 'success', data: true } });
		expect((await call('PUT', '/api/v1/webhooks/999999', { body: hook })).status).toBe(500);
		expect((await call('PUT', '/api/v1/webhooks/999999/toggle')).status).toBe(500);
		expect((await call('GET', '/api/v1/webhooks/abc')).status).toBe(400);
	});

	it('accepts duplicate names, reads a missing is_active as false, and clears the secret on an update with ""', async () => {
		const first = (await call('POST', '/api/v1/webhooks', { body: hook })).json.data as { id: number };
		const second = (await call('POST', '/api/v1/webhooks', { body: { ...hook, is_active: undefined } })).json.data as { id: number; is_active: boolean };
		expect(second.id).not.toBe(first.id);
		expect(second.is_active).toBe(false);
		// Create, update and toggle answers always show the mask; GET shows whether a secret is set.
		const update = async (secret: string) => ((await call('PUT', `/api/v1/webhooks/${first.id}`, { body: { ...hook, secret } })).json.data as { secret: string }).secret;
		expect(await update('••••••••••')).toBe('••••••••••');
		expect(await secretOf(first.id)).toBe('••••••••••');
		expect(await update('')).toBe('••••••••••');
		expect(await secretOf(first.id)).toBe('');
		for (const { id } of [first, second]) await call('DELETE', `/api/v1/webhooks/${id}`);
	});

	it('stores a secret of up to 158 bytes (255 once encrypted)', async () => {
		const created = (await call('POST', '/api/v1/webhooks', { body: { ...hook, secret: 'a'.repeat(158) } })).json.data as { id: number };
		expect((await call('PUT', `/api/v1/webhooks/${created.id}`, { body: { ...hook, secret: 'a'.repeat(159) } })).status).toBe(500);
		await call('DELETE', `/api/v1/webhooks/${created.id}`);
	});
});
