/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The simulator must behave like Libredesk; these tests pin the behaviour the node relies on, with
 * plain HTTP and no n8n involved. The same tests run against a real Libredesk when LIBREDESK_URL
 * and its keys are set (test/live/contractTarget.ts); where the two disagree, Libredesk is right.
 */
import { micros } from '../../nodes/shared/instants';
import { eventually } from '../live/api';
import { letAgentWriteAsContact } from '../live/contactWriter';
import { useContractTarget } from '../live/contractTarget';
import { startReceiver } from '../live/receiver';
import type { ContractTarget } from '../live/contractTarget';

const ctx = useContractTarget();
const keys = (): ContractTarget['keys'] => ctx.target.keys;
const basic = (key = keys().admin.key, secret = keys().admin.secret): string =>
	`Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

async function call(
	method: string,
	path: string,
	options: {
		auth?: string | null;
		body?: unknown;
		contentType?: string;
		raw?: string | FormData;
	} = {},
) {
	const headers: Record<string, string> = {};
	if (options.auth !== null) headers.Authorization = options.auth ?? basic();
	let body: string | FormData | undefined = options.raw;
	if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		headers['Content-Type'] = options.contentType ?? 'application/json';
	}
	const response = await fetch(`${ctx.target.url}${path}`, { method, headers, body });
	return {
		status: response.status,
		json: (await response.json()) as {
			status: string;
			data?: unknown;
			message?: string;
			error_type?: string;
		},
	};
}

/** A valid create-conversation body (initiator contact: nothing is emailed). */
const valid = () => ({
	inbox_id: ctx.target.inboxes.email,
	contact_email: ctx.target.uniqueEmail('valid'),
	first_name: 'Sim',
	content: '<p>x</p>',
	initiator: 'contact',
	subject: 'Hello',
});

describe('auth (cmd/middlewares.go)', () => {
	it('accepts Basic and lowercase token', async () => {
		expect((await call('GET', '/api/v1/agents/me')).status).toBe(200);
		expect(
			(
				await call('GET', '/api/v1/agents/me', {
					auth: `token ${keys().admin.key}:${keys().admin.secret}`,
				})
			).status,
		).toBe(200);
	});

	it.each([
		['GET', 'no header', 401, 'Invalid or expired session', 'GeneralException', null],
		['POST', 'no header', 403, 'CSRF token mismatch', 'PermissionException', null],
		[
			'POST',
			'Token (capitalised)',
			403,
			'CSRF token mismatch',
			'PermissionException',
			(): string => `Token ${keys().admin.key}:${keys().admin.secret}`,
		],
		[
			'POST',
			'basic (lowercase)',
			403,
			'CSRF token mismatch',
			'PermissionException',
			(): string =>
				`basic ${Buffer.from(`${keys().admin.key}:${keys().admin.secret}`).toString('base64')}`,
		],
		[
			'GET',
			'Bearer',
			401,
			'Invalid or expired session',
			'GeneralException',
			(): string => 'Bearer abc',
		],
		[
			'POST',
			'a wrong secret',
			401,
			'Invalid credential',
			'GeneralException',
			(): string => basic(keys().admin.key, 'wrong'),
		],
		[
			'POST',
			'a disabled agent',
			401,
			'Invalid credential',
			'GeneralException',
			(): string => basic(keys().disabled.key, keys().disabled.secret),
		],
		[
			'POST',
			'an agent without conversations:write',
			403,
			'Permission denied',
			'PermissionException',
			(): string => basic(keys().agent.key, keys().agent.secret),
		],
	] as const)('%s with %s -> %s %s', async (method, _name, status, message, errorType, auth) => {
		const path = method === 'GET' ? '/api/v1/agents/me' : '/api/v1/conversations';
		const response = await call(method, path, {
			auth: auth === null ? null : auth(),
			body: method === 'GET' ? undefined : valid(),
		});
		expect(response.status).toBe(status);
		expect(response.json).toEqual({ status: 'error', message, data: null, error_type: errorType });
	});

	it('leaves /health open', async () => {
		expect(await call('GET', '/health', { auth: null })).toEqual({
			status: 200,
			json: { status: 'success', data: true },
		});
	});

	it('answers unknown routes and methods like fastglue', async () => {
		expect((await call('GET', '/api/v1/nope')).json.message).toBe('Route not found');
		expect((await call('DELETE', '/api/v1/inboxes')).status).toBe(405);
	});
});

describe('POST /api/v1/conversations (cmd/conversation.go)', () => {
	const inboxes = () => ctx.target.inboxes;
	it.each([
		['bad JSON', 'Error parsing request', () => ({ raw: '{', contentType: 'application/json' })],
		[
			'inbox_id as a string',
			'Error parsing request',
			() => ({ body: { ...valid(), inbox_id: '1' } }),
		],
		[
			'a non-JSON content type',
			'`inbox_id` Required',
			() => ({ body: valid(), contentType: 'text/plain' }),
		],
		['no inbox', '`inbox_id` Required', () => ({ body: { ...valid(), inbox_id: 0 } })],
		[
			'no content (checked before the email)',
			'`content` Required',
			() => ({ body: { ...valid(), content: '', contact_email: '' } }),
		],
		['no email', '`contact_email` Required', () => ({ body: { ...valid(), contact_email: '  ' } })],
		['no first name', '`first_name` Required', () => ({ body: { ...valid(), first_name: '' } })],
		[
			'a display-name email',
			'Invalid email address',
			() => ({ body: { ...valid(), contact_email: 'Sim <sim@example.com>' } }),
		],
		['a bad initiator', 'Something went wrong', () => ({ body: { ...valid(), initiator: 'bot' } })],
		[
			'an unknown inbox',
			'Inbox not found',
			() => ({ body: { ...valid(), inbox_id: inboxes().unknown } }),
		],
		[
			'a disabled inbox',
			'globals.messages.disabled',
			() => ({ body: { ...valid(), inbox_id: inboxes().disabledEmail } }),
		],
		[
			'a livechat inbox',
			'Something went wrong',
			() => ({ body: { ...valid(), inbox_id: inboxes().livechat } }),
		],
	])('%s -> 400 %s', async (_name, message, makeRequest) => {
		const { raw, body, contentType } = makeRequest() as {
			raw?: string;
			body?: unknown;
			contentType?: string;
		};
		const response = raw
			? await fetch(`${ctx.target.url}/api/v1/conversations`, {
					method: 'POST',
					headers: { Authorization: basic(), 'Content-Type': contentType! },
					body: raw,
				}).then(async (r) => ({ status: r.status, json: await r.json() }))
			: await call('POST', '/api/v1/conversations', { body, contentType });
		expect(response.status).toBe(400);
		expect(response.json).toMatchObject({ status: 'error', message, error_type: 'InputException' });
	});

	it('answers 200 with the conversation, appends the reference to the subject and reuses contacts unchanged', async () => {
		const email = ctx.target.uniqueEmail('reuse');
		const first = await call('POST', '/api/v1/conversations', {
			body: { ...valid(), contact_email: email.toUpperCase(), first_name: 'Original' },
		});
		const second = await call('POST', '/api/v1/conversations', {
			body: { ...valid(), contact_email: email, first_name: 'Renamed', subject: '' },
		});
		expect(first.status).toBe(200);
		const a = first.json.data as {
			reference_number: string;
			subject: string;
			contact: { id: number; first_name: string };
		};
		const b = second.json.data as typeof a;
		expect(Number(b.reference_number)).toBe(Number(a.reference_number) + 1);
		expect(Number(a.reference_number)).toBeGreaterThanOrEqual(100);
		expect(a.subject).toBe(`Hello - #${a.reference_number}`);
		expect(b.subject).toBe(` - #${b.reference_number}`);
		expect(b.contact).toEqual(a.contact);
		expect(b.contact.first_name).toBe('Original');
	});

	it('silently ignores unknown agent and team IDs and drops undefined custom attributes', async () => {
		const response = await call('POST', '/api/v1/conversations', {
			body: { ...valid(), agent_id: 999999, team_id: 999999, custom_attributes: { unknown: 'x' } },
		});
		expect(response.json.data).toMatchObject({
			assigned_user_id: null,
			assigned_team_id: null,
			custom_attributes: {},
		});
	});

	it('fails with 500 on an unknown attachment ID after creating the conversation', async () => {
		const body = { ...valid(), attachments: [424242] };
		const response = await call('POST', '/api/v1/conversations', { body });
		expect(response).toEqual({
			status: 500,
			json: {
				status: 'error',
				message: 'Something went wrong',
				data: null,
				error_type: 'GeneralException',
			},
		});
		const left = await call(
			'GET',
			`/api/v1/conversations/search?query=${encodeURIComponent(body.contact_email)}`,
		);
		expect(left.json.data).toHaveLength(1);
	});
});

describe('POST /api/v1/media (cmd/media.go)', () => {
	it('stores the first "files" part and returns the media object', async () => {
		const form = new FormData();
		form.append('files', new Blob(['hello'], { type: 'text/plain' }), 'a.txt');
		form.append('files', new Blob(['ignored'], { type: 'text/plain' }), 'b.txt');
		const response = await call('POST', '/api/v1/media', { raw: form });
		expect(response.json.data).toMatchObject({
			filename: 'a.txt',
			content_type: 'text/plain',
			size: 5,
			disposition: 'attachment',
			model_id: null,
		});
	});

	it('needs a file, and multipart', async () => {
		const form = new FormData();
		form.append('inline', 'true');
		expect((await call('POST', '/api/v1/media', { raw: form })).json.message).toBe(
			'File not found',
		);
		expect((await call('POST', '/api/v1/media', { body: { files: 'x' } })).status).toBe(500);
	});
});

describe('lookups', () => {
	it('lists disabled and livechat inboxes too, masking secrets', async () => {
		const inboxes = (await call('GET', '/api/v1/inboxes')).json.data as Array<{
			id: number;
			channel: string;
			enabled: boolean;
		}>;
		const { email, disabledEmail, livechat } = ctx.target.inboxes;
		const seen = (id: number) =>
			inboxes.filter((inbox) => inbox.id === id).map((inbox) => [inbox.channel, inbox.enabled]);
		expect([email, disabledEmail, livechat].flatMap(seen)).toEqual([
			['email', true],
			['email', false],
			['livechat', true],
		]);
	});
});

describe('custom attribute definitions (cmd/custom_attributes.go)', () => {
	/** A list and a text definition of each kind: seeded in the simulator, made for the run on Libredesk. */
	async function definitions(): Promise<Record<'list' | 'text' | 'contact', string>> {
		const run = Math.random().toString(36).slice(2, 8);
		const made = {
			list: {
				key: `attrs_${run}_list`,
				applies_to: 'conversation' as const,
				data_type: 'list',
				values: ['free', 'pro'],
			},
			text: {
				key: `attrs_${run}_text`,
				applies_to: 'conversation' as const,
				data_type: 'text',
				regex: '^T-[0-9]+$',
				regex_hint: 'T- and digits',
			},
			contact: { key: `attrs_${run}_points`, applies_to: 'contact' as const, data_type: 'number' },
		};
		for (const definition of Object.values(made)) {
			const full = { values: [], description: 'contract', name: definition.key, ...definition };
			if (ctx.target.kind === 'simulator') {
				const sim = ctx.target.sim!;
				sim.state.customAttributes.push({ id: sim.state.nextId('ca'), ...full });
				continue;
			}
			const live = ctx.target.live!;
			const created = await live.admin.data<{ id: number }>(
				'POST',
				'/api/v1/custom-attributes',
				full,
			);
			live.later(() => live.admin.call('DELETE', `/api/v1/custom-attributes/${created.id}`));
		}
		return { list: made.list.key, text: made.text.key, contact: made.contact.key };
	}

	it('GET ?applies_to= lists one kind with every field; an unknown kind lists none', async () => {
		const keys = await definitions();
		const list = async (appliesTo: string) =>
			(await call('GET', `/api/v1/custom-attributes?applies_to=${appliesTo}`)).json.data as Array<
				Record<string, unknown>
			>;
		const conversation = await list('conversation');
		const ours = conversation.filter((definition) => String(definition.key).startsWith('attrs_'));
		expect(ours.find((definition) => definition.key === keys.list)).toEqual({
			id: expect.any(Number),
			created_at: expect.any(String),
			updated_at: expect.any(String),
			name: keys.list,
			description: 'contract',
			applies_to: 'conversation',
			key: keys.list,
			values: ['free', 'pro'],
			data_type: 'list',
			regex: '',
			regex_hint: '',
		});
		expect(ours.find((definition) => definition.key === keys.text)).toMatchObject({
			values: [],
			regex: '^T-[0-9]+$',
			regex_hint: 'T- and digits',
		});
		expect(conversation.every((definition) => definition.applies_to === 'conversation')).toBe(true);
		expect((await list('contact')).map((definition) => definition.key)).toContain(keys.contact);
		// No list is null here: an unknown kind (or none defined) is an empty array.
		expect(await list('nothing')).toEqual([]);
	});
});

describe('webhooks (cmd/webhooks.go)', () => {
	const hook = () => ({
		name: `contract ${ctx.target.uniqueEmail('hook')}`,
		url: 'http://127.0.0.1:9/hook',
		events: ['conversation.created'],
		secret: 's3cret',
		is_active: true,
	});

	it.each([
		[{ name: '' }, '`name` empty'],
		[{ url: '' }, '`url` empty'],
		[{ events: [] }, '`events` empty'],
	])(
		'answers a validation error with HTTP 200 "success" and no id (%#)',
		async (change, message) => {
			const response = await call('POST', '/api/v1/webhooks', { body: { ...hook(), ...change } });
			expect(response).toEqual({
				status: 200,
				json: {
					status: 'success',
					data: { Code: 400, ErrorType: 'InputException', Message: message, Data: null },
				},
			});
		},
	);

	it('creates with a masked secret, refuses unknown events with 500, and deletes', async () => {
		expect(
			(
				await call('POST', '/api/v1/webhooks', {
					body: { ...hook(), events: ['conversation.closed'] },
				})
			).status,
		).toBe(500);
		const created = (await call('POST', '/api/v1/webhooks', { body: hook() })).json.data as {
			id: number;
			secret: string;
		};
		expect(created.secret).toBe('••••••••••');
		expect((await call('DELETE', `/api/v1/webhooks/${created.id}`)).json.data).toBe(true);
		expect((await call('GET', `/api/v1/webhooks/${created.id}`)).status).toBe(404);
	});

	it('needs webhooks:manage', async () => {
		expect(
			(
				await call('GET', '/api/v1/webhooks', {
					auth: basic(keys().agent.key, keys().agent.secret),
				})
			).status,
		).toBe(403);
	});
});

/** Create a conversation as the contact (no email goes out); returns it. */
/** A plain receiver subscribed to `events` in the target; `stop` removes both. */
async function subscribe(label: string, events: string[]) {
	const receiver = await startReceiver();
	const hook = (
		await call('POST', '/api/v1/webhooks', {
			body: {
				name: `contract ${ctx.target.uniqueEmail(label)}`,
				url: receiver.url,
				events,
				secret: 's3cret',
				is_active: true,
			},
		})
	).json.data as { id: number };
	return {
		receiver,
		async stop() {
			await call('DELETE', `/api/v1/webhooks/${hook.id}`);
			await receiver.close();
		},
	};
}

async function conversation(extra: Record<string, unknown> = {}) {
	const response = await call('POST', '/api/v1/conversations', { body: { ...valid(), ...extra } });
	expect(response.status).toBe(200);
	return response.json.data as {
		uuid: string;
		reference_number: string;
		contact_id: number;
		contact: { email: string };
	};
}

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

describe('contacts (cmd/contacts.go)', () => {
	it('GET: custom_attributes, meta, roles and permissions are null, teams []; a non-numeric id is 400, an unknown one 404', async () => {
		const { contact_id } = await conversation();
		const contact = (await call('GET', `/api/v1/contacts/${contact_id}`)).json.data as Record<
			string,
			unknown
		>;
		expect(contact).toMatchObject({
			id: contact_id,
			type: 'contact',
			custom_attributes: null,
			meta: null,
			roles: null,
			permissions: null,
			teams: [],
		});
		expect(await call('GET', '/api/v1/contacts/abc')).toEqual({
			status: 400,
			json: {
				status: 'error',
				message: 'Something went wrong',
				data: null,
				error_type: 'InputException',
			},
		});
		expect(await call('GET', '/api/v1/contacts/987654')).toEqual({
			status: 404,
			json: {
				status: 'error',
				message: 'User not found',
				data: null,
				error_type: 'NotFoundException',
			},
		});
	});

	it('update checks the email first, then the first name, and keeps values untrimmed and in their case', async () => {
		const { contact_id, contact } = await conversation();
		const update = (fields: Record<string, string>) =>
			call('PUT', `/api/v1/contacts/${contact_id}`, { raw: form(fields) });
		expect((await update({})).json).toMatchObject({
			message: 'email empty',
			error_type: 'InputException',
		});
		expect((await update({ email: 'nope' })).json).toMatchObject({
			message: 'Invalid email address',
			error_type: 'InputException',
		});
		expect((await update({ email: contact.email })).json).toMatchObject({
			message: 'first_name empty',
			error_type: 'InputException',
		});
		const updated = await update({ email: contact.email.toUpperCase(), first_name: ' Spaced ' });
		expect(updated.status).toBe(200);
		expect(updated.json.data).toMatchObject({
			id: contact_id,
			email: contact.email.toUpperCase(),
			first_name: ' Spaced ',
		});
		expect(
			(
				await call('PUT', `/api/v1/contacts/${contact_id}`, {
					body: { email: contact.email, first_name: 'x' },
				})
			).status,
		).toBe(500);
	});

	it('block and unblock answer with the contact', async () => {
		const { contact_id } = await conversation();
		const blocked = await call('PUT', `/api/v1/contacts/${contact_id}/block`, {
			body: { enabled: false },
		});
		expect(blocked.json.data).toMatchObject({ id: contact_id, enabled: false });
		const unblocked = await call('PUT', `/api/v1/contacts/${contact_id}/block`, {
			body: { enabled: true },
		});
		expect(unblocked.json.data).toMatchObject({ id: contact_id, enabled: true });
	});

	it('notes: an unknown contact has [] but cannot get one (500); an empty note is 400', async () => {
		const { contact_id } = await conversation();
		expect(await call('GET', '/api/v1/contacts/987654/notes')).toEqual({
			status: 200,
			json: { status: 'success', data: [] },
		});
		expect(
			(await call('POST', '/api/v1/contacts/987654/notes', { body: { note: 'x' } })).status,
		).toBe(500);
		expect(
			(await call('POST', `/api/v1/contacts/${contact_id}/notes`, { body: { note: '' } })).json,
		).toMatchObject({ message: 'note empty', error_type: 'InputException' });
		const note = (
			await call('POST', `/api/v1/contacts/${contact_id}/notes`, { body: { note: 'hello' } })
		).json.data;
		expect(note).toMatchObject({ contact_id, note: 'hello' });
	});
});

describe('status, priority, tags and assignment (cmd/conversation.go)', () => {
	it.each([
		['no duration', '`snoozed_until` empty', {}],
		['an unparseable duration', 'Bad request', { snoozed_until: 'tomorrow' }],
		['a zero duration', 'Invalid snooze duration', { snoozed_until: '0s' }],
		['a negative duration', 'Invalid snooze duration', { snoozed_until: '-1h' }],
	])('snoozing with %s -> 400 %s', async (_name, message, extra) => {
		const { uuid } = await conversation();
		const response = await call('PUT', `/api/v1/conversations/${uuid}/status`, {
			body: { status: 'Snoozed', ...extra },
		});
		expect(response).toEqual({
			status: 400,
			json: { status: 'error', message, data: null, error_type: 'InputException' },
		});
	});

	it('records activity entries only for changes: one per tag, none for the same status, priority or team', async () => {
		const { uuid } = await conversation();
		const put = (path: string, body: unknown) =>
			call('PUT', `/api/v1/conversations/${uuid}${path}`, { body });
		const { tags, teams } = ctx.target;
		expect((await put('/status', { status: 'Open' })).json.data).toBe(true);
		await put('/priority', { priority: 'High' });
		await put('/priority', { priority: 'High' });
		await call('POST', `/api/v1/conversations/${uuid}/tags`, {
			body: { tags: tags.slice(0, 2), action: 'add_tags' },
		});
		await call('POST', `/api/v1/conversations/${uuid}/tags`, {
			body: { tags: tags.slice(0, 1), action: 'remove_tags' },
		});
		await put('/assignee/team', { assignee_id: teams[0] });
		await put('/assignee/team', { assignee_id: teams[0] });
		const page = (await call('GET', `/api/v1/conversations/${uuid}/messages?page_size=100`)).json
			.data as {
			results: Array<{
				type: string;
				private: boolean;
				content_type: string;
				meta: { activity_type?: string };
			}>;
		};
		const activity = page.results.filter((message) => message.type === 'activity').reverse();
		expect(activity.map((message) => message.meta.activity_type)).toEqual([
			'priority_change',
			'tag_added',
			'tag_added',
			'tag_removed',
			'assigned_team_change',
		]);
		expect(activity.every((message) => message.private && message.content_type === 'text')).toBe(
			true,
		);
	});
});

describe('lists and search', () => {
	it('an empty page reports total 0 and total_pages 0', async () => {
		const filters = encodeURIComponent(
			JSON.stringify([
				{
					model: 'conversations',
					field: 'inbox_id',
					operator: 'equals',
					value: String(ctx.target.inboxes.unknown),
				},
			]),
		);
		expect((await call('GET', `/api/v1/conversations/all?filters=${filters}`)).json.data).toEqual({
			results: [],
			total: 0,
			per_page: 30,
			total_pages: 0,
			page: 1,
		});
		expect((await call('GET', '/api/v1/contacts?page=100000&page_size=10')).json.data).toEqual({
			results: [],
			total: 0,
			per_page: 10,
			total_pages: 0,
			page: 100000,
		});
	});

	it('finds a reference number only as the exact bare number (no "#", no spaces)', async () => {
		const { reference_number, uuid } = await conversation();
		const search = async (query: string) =>
			(
				(await call('GET', `/api/v1/conversations/search?query=${encodeURIComponent(query)}`)).json
					.data as Array<{ uuid: string }>
			).map((hit) => hit.uuid);
		expect(await search(reference_number)).toContain(uuid);
		expect(await search(`#${reference_number}`)).toEqual([]);
		expect(await search(` ${reference_number} `)).toEqual([]);
	});

	it('counts the query in bytes: one 3-byte character is long enough', async () => {
		expect(
			(await call('GET', `/api/v1/contacts/search?query=${encodeURIComponent('€')}`)).status,
		).toBe(200);
		expect((await call('GET', '/api/v1/contacts/search?query=ab')).status).toBe(400);
	});

	it('a new conversation has inbox_reply_to ""', async () => {
		const { uuid } = await conversation();
		expect((await call('GET', `/api/v1/conversations/${uuid}`)).json.data).toMatchObject({
			inbox_reply_to: '',
		});
	});
});

describe('what the polling trigger reads (internal/dbutil/builder.go, get-messages)', () => {
	const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
	const detail = async (uuid: string) =>
		(await call('GET', `/api/v1/conversations/${uuid}`)).json.data as {
			last_message_at: string;
		};
	const list = async (filters: unknown[], order = 'conversations.last_message_at') =>
		await call(
			'GET',
			`/api/v1/conversations/all?order=desc&order_by=${order}&page_size=100&filters=${encodeURIComponent(JSON.stringify(filters))}`,
		);
	const inInbox = () => ({
		model: 'conversations',
		field: 'inbox_id',
		operator: 'in',
		value: JSON.stringify([String(ctx.target.inboxes.email)]),
	});

	it('filters last_message_at with "greater than" an RFC 3339 time, and inboxes with "in" a list of strings', async () => {
		const older = await conversation();
		await pause();
		const newer = await conversation();
		const since = (await detail(older.uuid)).last_message_at;
		const page = (
			await list([
				inInbox(),
				{
					model: 'conversations',
					field: 'last_message_at',
					operator: 'greater than',
					value: since,
				},
			])
		).json.data as { results: Array<Record<string, unknown>> };
		const uuids = page.results.map((row) => row.uuid);
		expect(uuids).toContain(newer.uuid);
		expect(uuids).not.toContain(older.uuid);
		// What the trigger compares, and no inbox_id (so inboxes are filtered by Libredesk).
		const row = page.results.find((candidate) => candidate.uuid === newer.uuid)!;
		for (const field of [
			'created_at',
			'updated_at',
			'last_message_at',
			'last_interaction_at',
			'status',
			'assigned_user_id',
			'assigned_team_id',
		])
			expect(row).toHaveProperty(field);
		expect(row).not.toHaveProperty('inbox_id');
	});

	it.each([
		['numbers', [1]],
		['an empty list', []],
	])('refuses "in" with %s (500)', async (_name, values) => {
		const response = await list([
			{ model: 'conversations', field: 'inbox_id', operator: 'in', value: JSON.stringify(values) },
		]);
		expect(response.status).toBe(500);
	});

	it('cannot order by updated_at (500)', async () => {
		expect((await list([inInbox()], 'conversations.updated_at')).status).toBe(500);
	});

	it('moves last_message_at on a change of status or team (activity entries), not on removing the team', async () => {
		const { uuid } = await conversation();
		const times: string[] = [(await detail(uuid)).last_message_at];
		const step = async (path: string, body?: unknown) => {
			await pause();
			expect((await call('PUT', `/api/v1/conversations/${uuid}${path}`, { body })).status).toBe(
				200,
			);
			times.push((await detail(uuid)).last_message_at);
		};
		await step('/status', { status: 'Resolved' });
		await step('/assignee/team', { assignee_id: ctx.target.teams[0] });
		await step('/assignee/team/remove');
		const at = times.map((time) => micros(time)!);
		expect(at[1]).toBeGreaterThan(at[0]);
		expect(at[2]).toBeGreaterThan(at[1]);
		expect(at[3]).toBe(at[2]);
	});

	it("a customer's message reopens a resolved conversation and records it as a status_change entry", async () => {
		// Writing as the customer needs messages:write_as_contact, which no default role has.
		let auth = basic();
		const live = ctx.target.live;
		if (live) {
			const key = await letAgentWriteAsContact(live, 'contract contact writer');
			auth = basic(key.key, key.secret);
		} else {
			const admin = ctx.target.sim!.state.users[0];
			if (!admin.roles.includes('Contact Messages')) admin.roles.push('Contact Messages');
		}
		const { receiver, stop } = await subscribe('reopen', [
			'conversation.status_changed',
			'message.created',
		]);
		const { uuid } = await conversation();
		await call('PUT', `/api/v1/conversations/${uuid}/status`, { body: { status: 'Resolved' } });
		const written = await call('POST', `/api/v1/conversations/${uuid}/messages`, {
			auth,
			body: { sender_type: 'contact', message: '<p>again</p>' },
		});
		expect(written.status).toBe(200);
		// The reopen's entry is announced as message.created; no conversation.status_changed is sent.
		const about = () =>
			receiver.deliveries.filter((delivery) => JSON.stringify(delivery.payload).includes(uuid));
		const seen = await eventually(
			async () =>
				about().filter((delivery) => delivery.event === 'message.created').length >= 4
					? about()
					: undefined,
			15000,
		);
		await stop();
		expect(seen?.filter((delivery) => delivery.event === 'conversation.status_changed')).toEqual([
			expect.objectContaining({ payload: expect.objectContaining({ new_status: 'Resolved' }) }),
		]);
		const detail = (await call('GET', `/api/v1/conversations/${uuid}`)).json.data as {
			status: string;
		};
		expect(detail.status).toBe('Open');
		const page = (
			await call('GET', `/api/v1/conversations/${uuid}/messages?type=activity&page_size=100`)
		).json.data as { results: Array<{ meta: { activity_type?: string } }> };
		expect(page.results.map((message) => message.meta.activity_type)).toEqual([
			'status_change',
			'status_change',
		]);
	});

	it('lists only the types asked for: activity entries, or public incoming messages', async () => {
		const { uuid } = await conversation({ content: '<p>from the customer</p>' });
		await call('PUT', `/api/v1/conversations/${uuid}/status`, { body: { status: 'Resolved' } });
		await call('POST', `/api/v1/conversations/${uuid}/messages`, {
			body: { sender_type: 'agent', private: true, message: '<p>note</p>' },
		});
		const messages = async (query: string) =>
			(
				(await call('GET', `/api/v1/conversations/${uuid}/messages?${query}`)).json.data as {
					results: Array<{ type: string; private: boolean; meta: { activity_type?: string } }>;
				}
			).results;
		expect((await messages('type=activity')).map((message) => message.meta.activity_type)).toEqual([
			'status_change',
		]);
		expect(
			(await messages('type=incoming&private=false')).map((message) => [
				message.type,
				message.private,
			]),
		).toEqual([['incoming', false]]);
	});
});

describe('messages (cmd/messages.go, the outgoing worker)', () => {
	async function settled(uuid: string, messageUuid: string) {
		return await eventually(async () => {
			const page = (await call('GET', `/api/v1/conversations/${uuid}/messages`)).json.data as {
				results: Array<{ uuid: string; status: string }>;
			};
			return page.results.find(
				(message) => message.uuid === messageUuid && message.status !== 'pending',
			);
		}, 15000);
	}

	it('renders an email reply twice: a template escaped once fails, an HTML entity is sent', async () => {
		const { uuid, contact } = await conversation();
		const reply = async (message: string) =>
			(
				await call('POST', `/api/v1/conversations/${uuid}/messages`, {
					body: { sender_type: 'agent', private: false, message, to: [contact.email] },
				})
			).json.data as { uuid: string; status: string };
		const once = await reply('<p>{{"{{"}} x</p>');
		const entity = await reply('<p>&#123;&#123; x</p>');
		expect(await settled(uuid, once.uuid)).toMatchObject({ status: 'failed' });
		expect(await settled(uuid, entity.uuid)).toMatchObject({ status: 'sent' });
	});

	it('a note has meta {} and becomes last_message; last_interaction keeps what the customer saw', async () => {
		const { uuid } = await conversation({ content: '<p>customer text</p>' });
		const note = (
			await call('POST', `/api/v1/conversations/${uuid}/messages`, {
				body: {
					sender_type: 'agent',
					private: true,
					message: '<p>agent only</p>',
					mentions: [{ type: 'team', id: ctx.target.teams[0] }],
				},
			})
		).json.data;
		expect(note).toMatchObject({ private: true, status: 'sent', meta: {} });
		expect((await call('GET', `/api/v1/conversations/${uuid}`)).json.data).toMatchObject({
			last_message: 'agent only',
			last_interaction: 'customer text',
		});
	});
});

describe('events (internal/webhook)', () => {
	it('an agent create with team and agent fires the assignment events, the messages, conversation.created and later message.updated', async () => {
		const { receiver, stop } = await subscribe('events', [
			'conversation.created',
			'conversation.assigned',
			'conversation.unassigned',
			'message.created',
			'message.updated',
		]);
		try {
			const agentId = ((await call('GET', '/api/v1/agents/me')).json.data as { id: number }).id;
			const { uuid } = await conversation({
				initiator: 'agent',
				team_id: ctx.target.teams[0],
				agent_id: agentId,
			});
			const forThis = () =>
				receiver.deliveries.filter((delivery) => JSON.stringify(delivery.payload).includes(uuid));
			const events = await eventually(
				async () =>
					forThis().some((delivery) => delivery.event === 'message.updated') &&
					forThis().length >= 7
						? forThis()
						: undefined,
				15000,
			);
			expect(events?.map((delivery) => delivery.event).sort()).toEqual([
				'conversation.assigned',
				'conversation.created',
				'conversation.unassigned',
				'message.created',
				'message.created',
				'message.created',
				'message.updated',
			]);
			const messages = events!
				.filter((delivery) => delivery.event === 'message.created')
				.map(
					(delivery) =>
						(delivery.payload as { meta: { activity_type?: string } }).meta.activity_type ??
						'reply',
				);
			expect(messages.sort()).toEqual(['assigned_team_change', 'reply', 'self_assign']);
		} finally {
			await stop();
		}
	});
});

describe('what the triggers key events by (internal/conversation: webhook first, then the entry)', () => {
	it('stamps updated_at before the webhook and records the entry after it; a removal records none, a team change records its entry before the removal', async () => {
		const { receiver, stop } = await subscribe('keys', [
			'conversation.status_changed',
			'conversation.assigned',
			'conversation.unassigned',
		]);
		try {
			const agentId = ((await call('GET', '/api/v1/agents/me')).json.data as { id: number }).id;
			const { uuid } = await conversation();
			const put = async (path: string, body?: unknown) =>
				expect((await call('PUT', `/api/v1/conversations/${uuid}${path}`, { body })).status).toBe(
					200,
				);
			await put('/status', { status: 'Resolved' });
			await put('/status', { status: 'Open' });
			await put('/assignee/user', { assignee_id: agentId });
			await put('/assignee/team', { assignee_id: ctx.target.teams[0] });
			await put('/assignee/user', { assignee_id: agentId });
			await put('/assignee/user/remove');
			const forThis = () =>
				receiver.deliveries.filter(
					(delivery) =>
						(delivery.payload as { conversation_uuid?: string }).conversation_uuid === uuid,
				);
			const deliveries = await eventually(
				async () => (forThis().length >= 6 ? forThis() : undefined),
				15000,
			);
			// Libredesk's queue has several workers: deliveries may arrive out of order.
			const updated = (delivery: { payload: Record<string, unknown> }) =>
				micros((delivery.payload.conversation as { updated_at: string }).updated_at)!;
			const sent = [...deliveries!].sort((a, b) => updated(a) - updated(b));
			expect(sent.map((delivery) => delivery.event)).toEqual([
				'conversation.status_changed',
				'conversation.status_changed',
				'conversation.assigned',
				'conversation.unassigned',
				'conversation.assigned',
				'conversation.unassigned',
			]);
			const page = (
				await call('GET', `/api/v1/conversations/${uuid}/messages?type=activity&page_size=100`)
			).json.data as {
				results: Array<{ id: number; created_at: string; meta: { activity_type?: string } }>;
			};
			const entries = page.results
				.map((entry) => ({
					type: entry.meta.activity_type,
					at: micros(entry.created_at)!,
					id: entry.id,
				}))
				.sort((a, b) => a.id - b.id);
			expect(entries.map((entry) => entry.type)).toEqual([
				'status_change',
				'status_change',
				'self_assign',
				'assigned_team_change',
				'self_assign',
			]);
			// ID order is time order; each change's entry is not older than its payload's updated_at,
			// and older than the next change's.
			const at = entries.map((entry) => entry.at);
			expect([...at].sort((a, b) => a - b)).toEqual(at);
			const changeAt = sent.map(updated);
			for (const [change, entry] of [
				[0, 0],
				[1, 1],
				[2, 2],
				[4, 4],
			]) {
				expect(at[entry]).toBeGreaterThanOrEqual(changeAt[change]);
				expect(at[entry]).toBeLessThan(changeAt[change + 1]);
			}
			// The team change: entry first, then the removal of the agent it implies (one webhook).
			expect(at[3]).toBeLessThanOrEqual(changeAt[3]);
			expect(changeAt[3] - at[3]).toBeLessThan(1_000_000);
			// The removal: no entry after the last assignment's.
			expect(at[4]).toBeLessThan(changeAt[5]);
		} finally {
			await stop();
		}
	});
});

describe('webhooks, as confirmed on Libredesk v2.7.0 (cmd/webhooks.go, internal/webhook)', () => {
	const hook = {
		name: 'sim-dup',
		url: 'http://127.0.0.1:9/hook',
		events: ['conversation.created'],
		secret: 's3cret',
		is_active: true,
	};
	const secretOf = async (id: number) =>
		((await call('GET', `/api/v1/webhooks/${id}`)).json.data as { secret: string }).secret;

	it('answers an unknown ID with 404 "Not found" (GET, test), 200 true (DELETE), 500 (PUT, toggle) and 400 for a non-number', async () => {
		expect((await call('GET', '/api/v1/webhooks/999999')).json).toEqual({
			status: 'error',
			message: 'Not found',
			data: null,
			error_type: 'NotFoundException',
		});
		expect((await call('POST', '/api/v1/webhooks/999999/test')).status).toBe(404);
		expect(await call('DELETE', '/api/v1/webhooks/999999')).toEqual({
			status: 200,
			json: { status: 'success', data: true },
		});
		expect((await call('PUT', '/api/v1/webhooks/999999', { body: hook })).status).toBe(500);
		expect((await call('PUT', '/api/v1/webhooks/999999/toggle')).status).toBe(500);
		expect((await call('GET', '/api/v1/webhooks/abc')).status).toBe(400);
	});

	it('accepts duplicate names, reads a missing is_active as false, and clears the secret on an update with ""', async () => {
		const first = (await call('POST', '/api/v1/webhooks', { body: hook })).json.data as {
			id: number;
		};
		const second = (
			await call('POST', '/api/v1/webhooks', { body: { ...hook, is_active: undefined } })
		).json.data as { id: number; is_active: boolean };
		expect(second.id).not.toBe(first.id);
		expect(second.is_active).toBe(false);
		// Create, update and toggle answers always show the mask; GET shows whether a secret is set.
		const update = async (secret: string) =>
			(
				(await call('PUT', `/api/v1/webhooks/${first.id}`, { body: { ...hook, secret } })).json
					.data as { secret: string }
			).secret;
		expect(await update('••••••••••')).toBe('••••••••••');
		expect(await secretOf(first.id)).toBe('••••••••••');
		expect(await update('')).toBe('••••••••••');
		expect(await secretOf(first.id)).toBe('');
		for (const { id } of [first, second]) await call('DELETE', `/api/v1/webhooks/${id}`);
	});

	it('stores a secret of up to 158 bytes (255 once encrypted)', async () => {
		const created = (
			await call('POST', '/api/v1/webhooks', { body: { ...hook, secret: 'a'.repeat(158) } })
		).json.data as { id: number };
		expect(
			(
				await call('PUT', `/api/v1/webhooks/${created.id}`, {
					body: { ...hook, secret: 'a'.repeat(159) },
				})
			).status,
		).toBe(500);
		await call('DELETE', `/api/v1/webhooks/${created.id}`);
	});
});

/** Libredesk's error envelope (fastglue SendErrorEnvelope). */
const errorBody = (message: string, errorType: string) => ({
	status: 'error',
	message,
	data: null,
	error_type: errorType,
});

describe('views (cmd/views.go, handleGetViewConversations)', () => {
	/** A personal view of the admin key's agent: seeded in the simulator, made for the run on Libredesk. */
	async function personalView(): Promise<number> {
		if (ctx.target.kind === 'simulator') return 1;
		const live = ctx.target.live!;
		const created = await live.admin.data<{ id: number }>('POST', '/api/v1/views/me', {
			name: `${live.prefix} contract view`,
			filters: [{ model: 'conversations', field: 'status_id', operator: 'equals', value: '1' }],
		});
		live.later(() => live.admin.call('DELETE', `/api/v1/views/me/${created.id}`));
		return created.id;
	}

	it('lists views without null user_id or team_id, and pages a view like the other lists', async () => {
		const id = await personalView();
		const mine = await call('GET', '/api/v1/views/me');
		expect(mine.status).toBe(200);
		expect((mine.json.data as Array<{ id: number }>).find((view) => view.id === id)).toEqual({
			id,
			created_at: expect.any(String),
			updated_at: expect.any(String),
			name: expect.any(String),
			filters: expect.arrayContaining([]),
			visibility: 'user',
			user_id: expect.any(Number),
		});
		const shared = await call('GET', '/api/v1/views/shared');
		expect(shared.status).toBe(200);
		for (const view of shared.json.data as Array<Record<string, unknown>>) {
			expect(view.visibility).not.toBe('user');
			expect(Object.values(view)).not.toContain(null);
		}
		const page = await call('GET', `/api/v1/views/${id}/conversations?page_size=1`);
		expect(page.status).toBe(200);
		expect(Object.keys(page.json.data as object).sort()).toEqual([
			'page',
			'per_page',
			'results',
			'total',
			'total_pages',
		]);
	});

	it('answers a bad, unknown or foreign view, and a bad order, as Libredesk does', async () => {
		const id = await personalView();
		for (const bad of ['0', 'abc'])
			expect(await call('GET', `/api/v1/views/${bad}/conversations`)).toEqual({
				status: 400,
				json: errorBody('Something went wrong', 'InputException'),
			});
		expect(await call('GET', '/api/v1/views/987654/conversations')).toEqual({
			status: 404,
			json: errorBody('View not found', 'NotFoundException'),
		});
		expect(
			await call('GET', `/api/v1/views/${id}/conversations`, {
				auth: basic(keys().agent.key, keys().agent.secret),
			}),
		).toEqual({
			status: 403,
			json: errorBody('You do not have access to this view', 'PermissionException'),
		});
		expect(await call('GET', `/api/v1/views/${id}/conversations?order_by=bogus`)).toEqual({
			status: 500,
			json: errorBody('Something went wrong', 'GeneralException'),
		});
	});
});

describe('reports (cmd/report.go, internal/report/queries.sql)', () => {
	it.each([
		[
			'counts',
			[
				'agents_away',
				'agents_offline',
				'agents_online',
				'agents_reassigning',
				'awaiting_response',
				'open',
				'pending',
				'unassigned',
			],
		],
		['charts?days=7', ['new_conversations', 'resolved_conversations']],
		['csat?days=7', ['average_rating', 'response_rate', 'total_responses', 'total_sent']],
		[
			'messages?days=0',
			['incoming_messages', 'messages_per_conversation', 'outgoing_messages', 'total_messages'],
		],
		[
			'sla?days=30',
			[
				'avg_first_response_time_sec',
				'avg_next_response_time_sec',
				'avg_resolution_time_sec',
				'first_response_breached_count',
				'first_response_compliance_percent',
				'first_response_met_count',
				'next_response_breached_count',
				'next_response_compliance_percent',
				'next_response_met_count',
				'resolution_breached_count',
				'resolution_compliance_percent',
				'resolution_met_count',
			],
		],
		[
			'tags?days=90',
			['tagged_conversations', 'tagged_percentage', 'top_tags', 'untagged_conversations'],
		],
	])('GET /reports/overview/%s answers one object with these keys', async (path, keysOf) => {
		const response = await call('GET', `/api/v1/reports/overview/${path}`);
		expect(response.status).toBe(200);
		const data = response.json.data as Record<string, unknown>;
		expect(Object.keys(data).sort()).toEqual(keysOf);
		for (const [key, value] of Object.entries(data))
			if (!['new_conversations', 'resolved_conversations', 'top_tags'].includes(key))
				expect(typeof value).toBe('number');
	});

	it('lists new conversations per day and the top tags as {tag_id, tag_name, count}', async () => {
		await conversation();
		const charts = (await call('GET', '/api/v1/reports/overview/charts?days=1')).json.data as {
			new_conversations: Array<{ date: string; count: number }>;
		};
		expect(charts.new_conversations.length).toBeGreaterThan(0);
		for (const entry of charts.new_conversations)
			expect(entry).toEqual({
				date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				count: expect.any(Number),
			});
		const tags = (await call('GET', '/api/v1/reports/overview/tags?days=1')).json.data as {
			top_tags: unknown[];
		};
		expect(tags.top_tags.length).toBeLessThanOrEqual(10);
		for (const tag of tags.top_tags)
			expect(tag).toEqual({
				tag_id: expect.any(Number),
				tag_name: expect.any(String),
				count: expect.any(Number),
			});
	});

	it('days: a negative period counts nothing, one Postgres cannot reach is a 500, and reports need reports:manage', async () => {
		expect((await call('GET', '/api/v1/reports/overview/messages?days=-5')).json.data).toEqual({
			total_messages: 0,
			incoming_messages: 0,
			outgoing_messages: 0,
			messages_per_conversation: 0,
		});
		expect(await call('GET', '/api/v1/reports/overview/messages?days=3000000')).toEqual({
			status: 500,
			json: errorBody('Something went wrong', 'GeneralException'),
		});
		expect(
			await call('GET', '/api/v1/reports/overview/counts', {
				auth: basic(keys().agent.key, keys().agent.secret),
			}),
		).toEqual({
			status: 403,
			json: errorBody('Permission denied', 'PermissionException'),
		});
	});
});

describe('transcript (cmd/conversation.go, internal/conversation/transcript.go)', () => {
	const TIME = '[A-Z][a-z]{2} \\d{2}, \\d{4} \\d{2}:\\d{2} [AP]M UTC';

	it('is a text file of the messages the customer saw, oldest first, without notes', async () => {
		const { uuid, reference_number: ref } = await conversation({
			first_name: 'Tara',
			content: '<p>First words</p>',
		});
		const note = await call('POST', `/api/v1/conversations/${uuid}/messages`, {
			body: { message: '<p>secret note</p>', private: true, sender_type: 'agent' },
		});
		expect(note.status).toBe(200);
		const response = await fetch(`${ctx.target.url}/api/v1/conversations/${uuid}/transcript`, {
			headers: { Authorization: basic() },
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="transcript-${ref}.txt"`,
		);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(await response.text()).toMatch(
			new RegExp(
				`^Conversation #${ref}\\nSubject: Hello - #${ref}\\nContact: Tara\\nCreated at: ${TIME}\\nDownloaded at: ${TIME}\\n\\n-{60}\\n\\n\\[${TIME}\\] Tara \\(Contact\\):\\nFirst words\\n$`,
			),
		);
	});

	it('answers an unknown conversation with 404 and a malformed UUID with 500, as JSON', async () => {
		expect(
			await call('GET', '/api/v1/conversations/5b0c8e8e-3f2a-4c1d-9e8f-0a1b2c3d4e5f/transcript'),
		).toEqual({
			status: 404,
			json: errorBody('Conversation not found', 'NotFoundException'),
		});
		expect((await call('GET', '/api/v1/conversations/nope/transcript')).status).toBe(500);
	});
});

describe('message search (cmd/search.go, internal/search/queries.sql)', () => {
	it('finds message text, notes included, with a zero created_at and the conversation', async () => {
		const word = `zq${Math.random().toString(36).slice(2, 9)}`;
		const { uuid, reference_number } = await conversation({
			content: `<p>Looking for ${word} today</p>`,
		});
		await call('POST', `/api/v1/conversations/${uuid}/messages`, {
			body: { message: `<p>note on ${word}</p>`, private: true, sender_type: 'agent' },
		});
		const response = await call('GET', `/api/v1/messages/search?query=${word.toUpperCase()}`);
		expect(response.status).toBe(200);
		const hits = (response.json.data as Array<{ text_content: string }>).sort((a, b) =>
			a.text_content.localeCompare(b.text_content),
		);
		const hit = (text: string) => ({
			created_at: '0001-01-01T00:00:00Z',
			text_content: text,
			conversation_created_at: expect.any(String),
			conversation_uuid: uuid,
			conversation_reference_number: reference_number,
			conversation_status: 'Open',
		});
		expect(hits).toEqual([hit(`Looking for ${word} today`), hit(`note on ${word}`)]);
	});

	it("needs 3 bytes of query, with the leading space of Libredesk's message", async () => {
		expect(await call('GET', '/api/v1/messages/search?query=ab')).toEqual({
			status: 400,
			json: errorBody(' Please enter at least 3 characters to search.', 'InputException'),
		});
	});
});
