import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { expectNoSecrets } from '../../../../helpers/secrets';
import { mappedAttributes, seedTypedAttributes } from '../../../../helpers/seed';

const ctx = useSimulator();

const CREATE: INodeParameters = {
	resource: 'conversation',
	operation: 'create',
	inboxId: { __rl: true, mode: 'id', value: '1' },
	contactEmail: '={{ $json.email }}',
	firstName: '={{ $json.first }}',
	subject: '={{ $json.subject }}',
	content: '={{ $json.message }}',
};

function item(json: Record<string, unknown>): INodeExecutionData {
	return { json: json as INodeExecutionData['json'] };
}

async function create(parameters: INodeParameters, items: INodeExecutionData[], settings = {}) {
	return await runNode(
		libredeskNode({ ...CREATE, ...parameters }, settings),
		items,
		credentialsFor(ctx.sim),
	);
}

beforeEach(() => ctx.sim.clearRequests());

describe('Conversation → Create: mapping and output', () => {
	it('sends every field, resolved per item, and outputs what Libredesk returned', async () => {
		const items = [
			item({
				email: 'Ann@Example.com ',
				first: 'Ann',
				last: 'Lee',
				subject: 'Refund',
				message: '<p>Order 1</p>',
				team: 1,
				agent: 5,
				ext: 'crm-1',
				attrs: { order_id: '1001' },
			}),
			item({
				email: 'bob@example.com',
				first: 'Bob',
				last: 'Ray',
				subject: 'Login',
				message: '<p>Order 2</p>',
				team: 2,
				agent: 1,
				ext: 'crm-2',
				attrs: { plan: 'pro' },
			}),
			item({
				email: 'cy@example.org',
				first: 'Cy',
				last: '',
				subject: '',
				message: '<b>3</b>',
				team: '',
				agent: '',
				ext: '',
				attrs: {},
			}),
		];
		const output = await create(
			{
				initiator: 'contact',
				additionalFields: {
					lastName: '={{ $json.last }}',
					teamId: '={{ $json.team }}',
					agentId: '={{ $json.agent }}',
					externalUserId: '={{ $json.ext }}',
					customAttributes: '={{ $json.attrs }}',
				},
			},
			items,
		);

		const posts = requestsTo(ctx.sim, 'POST', '/api/v1/conversations');
		expect(posts).toHaveLength(3);
		expect(posts[0].json).toEqual({
			inbox_id: 1,
			contact_email: 'ann@example.com',
			first_name: 'Ann',
			last_name: 'Lee',
			subject: 'Refund',
			content: '<p>Order 1</p>',
			initiator: 'contact',
			team_id: 1,
			agent_id: 5,
			external_user_id: 'crm-1',
			custom_attributes: { order_id: '1001' },
		});
		expect(posts[1].json).toMatchObject({
			contact_email: 'bob@example.com',
			first_name: 'Bob',
			team_id: 2,
			agent_id: 1,
			custom_attributes: { plan: 'pro' },
		});
		// Empty optional values are left out rather than sent as empty strings or zeros.
		expect(posts[2].json).toEqual({
			inbox_id: 1,
			contact_email: 'cy@example.org',
			first_name: 'Cy',
			subject: '',
			content: '<b>3</b>',
			initiator: 'contact',
		});
		expect(posts[0].headers['content-type']).toContain('application/json');

		expect(output).toHaveLength(3);
		output.forEach((out, index) => {
			expect(out.pairedItem).toEqual({ item: index });
			expect(out.json).toEqual((posts[index].response?.body as { data: unknown }).data);
		});
		expect(output[0].json).toMatchObject({
			subject: 'Refund - #100',
			assigned_team_id: 1,
			assigned_user_id: 5,
			contact: { email: 'ann@example.com' },
		});
		expect(output[2].json.subject).toBe(' - #102');
	});

	it('takes the inbox from the list mode and attachment IDs as text or as a list', async () => {
		await create(
			{
				inboxId: { __rl: true, mode: 'list', value: '2', cachedResultName: 'Billing' },
				additionalFields: { attachmentIds: '={{ $json.ids }}' },
			},
			[item({ email: 'a@example.com', first: 'A', message: 'x', ids: '' })],
		);
		const media = [0, 1, 2].map(() => {
			const id = ctx.sim.state.nextId('media');
			ctx.sim.state.media.push({
				id,
				uuid: `u${id}`,
				filename: 'f.txt',
				content_type: 'text/plain',
				size: 1,
				disposition: 'attachment',
				model_type: 'messages',
				model_id: null,
				created_at: '',
				updated_at: '',
				data: Buffer.from('x'),
			});
			return id;
		});
		ctx.sim.clearRequests();
		await create({ additionalFields: { attachmentIds: '={{ $json.ids }}' } }, [
			item({ email: 'a@example.com', first: 'A', message: 'x', ids: ` ${media[0]}, ${media[1]} ` }),
			item({ email: 'b@example.com', first: 'B', message: 'y', ids: [media[2]] }),
		]);
		const posts = requestsTo(ctx.sim, 'POST', '/api/v1/conversations');
		expect(posts.map((post) => (post.json as { attachments?: number[] }).attachments)).toEqual([
			[media[0], media[1]],
			[media[2]],
		]);
	});

	it('turns plain text into escaped HTML paragraphs and makes Go template braces inert entities', async () => {
		const message = 'Hello <team>,\nmy "order" & {{ .Contact.FirstName }}\n\nThanks';
		const [agentOut] = await create({ contentFormat: 'text', initiator: 'agent' }, [
			item({ email: 'pt@example.com', first: 'Pat', message }),
		]);
		const [contactOut] = await create({ contentFormat: 'text', initiator: 'contact' }, [
			item({ email: 'pt@example.com', first: 'Pat', message }),
		]);
		const [htmlOut] = await create({ initiator: 'agent' }, [
			item({
				email: 'pt@example.com',
				first: 'Pat',
				message: '<p>Hi {{ .Contact.FirstName }}</p>',
			}),
		]);

		const stored = (uuid: unknown) => {
			const conversation = ctx.sim.state.conversations.find((c) => c.uuid === uuid)!;
			return ctx.sim.state.messages.find((m) => m.conversation_id === conversation.id)!.content;
		};
		const expected =
			'<p>Hello &lt;team&gt;,<br>my &quot;order&quot; &amp; &#123;&#123; .Contact.FirstName }}</p><p>Thanks</p>';
		expect(stored(agentOut.json.uuid)).toBe(expected);
		expect(stored(contactOut.json.uuid)).toBe(expected);
		// HTML is sent as written: Libredesk fills in its template variables for agent messages.
		expect(stored(htmlOut.json.uuid)).toBe('<p>Hi Pat</p>');
	});
});

describe('Conversation → Create: bad input never reaches Libredesk', () => {
	// Every field comes from the item, so that only item 1 is bad.
	const perItem: INodeParameters = {
		inboxId: { __rl: true, mode: 'id', value: '={{ $json.inbox }}' },
		additionalFields: {
			attachmentIds: '={{ $json.ids }}',
			customAttributes: '={{ $json.attrs }}',
			binaryPropertyNames: '={{ $json.files }}',
			teamId: '={{ $json.team }}',
		},
	};
	const good = {
		email: 'ok@example.com',
		first: 'Ok',
		message: 'Hello',
		inbox: '1',
		ids: '',
		attrs: '{}',
		files: '',
		team: '',
	};
	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'an invalid email',
			{ email: 'Jane <jane@example.com>' },
			/"Contact Email" of item 1 is not a valid email address/,
		],
		['an email without a domain', { email: 'jane' }, /"Contact Email" of item 1/],
		['empty content', { message: '   ' }, /"Content" of item 1 is empty/],
		['an empty first name', { first: '' }, /"First Name" of item 1 is empty/],
		[
			'a first name over 140 characters',
			{ first: 'x'.repeat(141) },
			/"First Name" of item 1 is 141 characters long/,
		],
		[
			'an inbox ID that is not a number',
			{ inbox: 'support' },
			/"Inbox" of item 1 is not a positive whole number/,
		],
		['an inbox ID of zero', { inbox: '0' }, /"Inbox" of item 1/],
		['a fractional inbox ID', { inbox: 1.5 }, /"Inbox" of item 1/],
		[
			'an attachment ID that is not an integer',
			{ ids: '3, abc' },
			/"Attachment IDs" of item 1 contains "abc"/,
		],
		[
			'custom attributes that are not JSON',
			{ attrs: '{order: 1' },
			/"Custom Attributes" of item 1 is not valid JSON/,
		],
		[
			'custom attributes that are a list',
			{ attrs: [1, 2] },
			/"Custom Attributes" of item 1 is a list, not a JSON object/,
		],
		[
			'a missing binary property',
			{ files: 'invoice' },
			/"Binary Properties" of item 1 names "invoice"/,
		],
		['a team ID that is not a number', { team: 'billing' }, /"Team Name or ID" of item 1/],
	];

	it.each(cases)(
		'%s gives a NodeOperationError for that item and sends nothing',
		async (_name, bad, message) => {
			// Item 0 is valid: the whole run stops before its conversation is created.
			const error = await create(perItem, [item(good), item({ ...good, ...bad })]).catch(
				(caught: unknown) => caught,
			);
			expect(error).toBeInstanceOf(NodeOperationError);
			const nodeError = error as NodeOperationError;
			expect(nodeError.message).toMatch(message);
			expect(nodeError.context.itemIndex).toBe(1);
			expect(nodeError.description).toBeTruthy();
			expect(ctx.sim.requests).toHaveLength(0);
		},
	);

	it('names the binary properties the item does have', async () => {
		const error = (await create({ additionalFields: { binaryPropertyNames: 'invoice' } }, [
			{
				json: good,
				binary: { data: { data: Buffer.from('x').toString('base64'), mimeType: 'text/plain' } },
			},
		]).catch((caught: unknown) => caught)) as NodeOperationError;
		expect(error.description).toContain('it has: data');
	});
});

describe('Conversation → Create: errors from Libredesk', () => {
	async function failure(
		parameters: INodeParameters,
		json: Record<string, unknown>,
		credentialOverrides = {},
	) {
		const error = await runNode(
			libredeskNode({ ...CREATE, ...parameters }),
			[item({ email: 'err@example.com', first: 'Err', message: 'Hi', ...json })],
			credentialsFor(ctx.sim, credentialOverrides),
		).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeApiError);
		expectNoSecrets(error);
		return error as NodeApiError;
	}

	it.each([
		['3', 'globals.messages.disabled'],
		['4', 'Something went wrong'],
		['99', 'Inbox not found'],
	])('inbox %s: 400 with Libredesk message and an inbox hint', async (inbox, libredeskMessage) => {
		const error = await failure({ inboxId: { __rl: true, mode: 'id', value: inbox } }, {});
		expect(error.httpCode).toBe('400');
		expect(error.message).toBe(`Libredesk: ${libredeskMessage} (HTTP 400, InputException)`);
		expect(error.description).toMatch(/enabled and be an email inbox/);
		expect(error.context.itemIndex).toBe(0);
		expect(error.context.libredesk).toMatchObject({
			httpCode: '400',
			errorType: 'InputException',
			message: libredeskMessage,
		});
	});

	it('401: wrong secret', async () => {
		const error = await failure({}, {}, { apiSecret: 'wrong-secret' });
		expect(error.httpCode).toBe('401');
		expect(error.message).toBe('Libredesk: Invalid credential (HTTP 401, GeneralException)');
		expect(error.description).toMatch(/API key and secret/);
	});

	it('403: the key belongs to an Agent-role user without conversations:write', async () => {
		const { SEED_KEYS } = await import('../../../../../simulator/state');
		const error = await failure(
			{},
			{},
			{ apiKey: SEED_KEYS.agent.key, apiSecret: SEED_KEYS.agent.secret },
		);
		expect(error.httpCode).toBe('403');
		expect(error.message).toContain('Permission denied');
		expect(error.description).toMatch(/conversations:write/);
	});

	it('403: no usable Authorization header reaches Libredesk (empty key and secret)', async () => {
		const error = await failure({}, {}, { apiKey: '', apiSecret: '' });
		expect(error.httpCode).toBe('403');
		expect(error.message).toContain('CSRF token mismatch');
		expect(error.description).toMatch(/Authorization header did not reach Libredesk/);
	});

	it('500 after attachments: warns that an empty conversation may be left behind', async () => {
		const before = ctx.sim.state.conversations.length;
		const error = await failure({ additionalFields: { attachmentIds: '999999' } }, {});
		expect(error.httpCode).toBe('500');
		expect(error.description).toMatch(/empty|without its message/);
		// The simulator, like Libredesk, really did leave the conversation behind.
		expect(ctx.sim.state.conversations.length).toBe(before + 1);
	});

	it('an injected 500 without attachments gets the generic server hint', async () => {
		ctx.sim.injectFault({ kind: 'status', status: 500, match: /^POST / });
		const error = await failure({}, {});
		expect(error.httpCode).toBe('500');
		expect(error.message).toBe('Libredesk: Something went wrong (HTTP 500, GeneralException)');
	});

	it('a 429 without Libredesk error_type still carries status and type', async () => {
		ctx.sim.injectFault({ kind: 'status', status: 429, retryAfterSeconds: 60, match: /^POST / });
		const error = await failure({}, {});
		expect(error.httpCode).toBe('429');
		expect(error.message).toBe('Libredesk: Rate limit exceeded (HTTP 429, RateLimitException)');
	});

	it('a dropped connection says a create may have happened', async () => {
		ctx.sim.injectFault({ kind: 'drop', match: /^POST / });
		const error = await failure({}, {});
		expect(error.message).toMatch(/^Could not reach Libredesk: the connection to .* was cut/);
		expect(error.description).toMatch(
			/conversation may have been created: look for the newest conversation of err@example.com in Libredesk before running the item again/,
		);
	});

	it('a closed port says the connection was refused', async () => {
		const error = await failure({}, {}, { baseUrl: 'http://127.0.0.1:9' });
		expect(error.message).toBe(
			'Could not reach Libredesk: http://127.0.0.1:9 refused the connection',
		);
		expect(error.description).toMatch(/Base URL/);
	});

	it('a base URL that is not a web address is refused before any request', async () => {
		const error = await runNode(
			libredeskNode(CREATE),
			[item({ email: 'e@example.com', first: 'E', message: 'x' })],
			credentialsFor(ctx.sim, { baseUrl: 'desk.example.com' }),
		).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(
			/Base URL of the Libredesk API credential is not a web address/,
		);
		expect(ctx.sim.requests).toHaveLength(0);
	});
});

describe('Conversation → Create: Continue On Fail', () => {
	it.each([
		['continueOnFail', { continueOnFail: true }],
		['onError: continueRegularOutput', { onError: 'continueRegularOutput' as const }],
	])(
		'with %s, failed items become error items and the others are created',
		async (_name, settings) => {
			const output = await create(
				{ inboxId: { __rl: true, mode: 'id', value: '={{ $json.inbox }}' } },
				[
					item({ email: 'one@example.com', first: 'One', message: 'a', inbox: 1 }),
					item({ email: 'not-an-email', first: 'Two', message: 'b', inbox: 1 }),
					item({ email: 'three@example.com', first: 'Three', message: 'c', inbox: 99 }),
					item({ email: 'four@example.com', first: 'Four', message: 'd', inbox: 2 }),
				],
				settings,
			);
			expect(output.map((out) => out.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
				{ item: 3 },
			]);
			expect(output[0].json.uuid).toBeDefined();
			expect(output[1].json.error).toMatch(/"Contact Email" of item 1/);
			expect(output[2].json).toMatchObject({
				error: 'Libredesk: Inbox not found (HTTP 400, InputException)',
				httpCode: '400',
				errorType: 'InputException',
				libredeskMessage: 'Inbox not found',
			});
			expect(output[3].json.inbox_id).toBe(2);
			// The invalid item was never sent.
			expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')).toHaveLength(3);
			expectNoSecrets(output);
		},
	);
});

describe('Conversation → Create: binary attachments', () => {
	it('uploads each binary to /media as multipart field "files", then attaches the returned IDs', async () => {
		const pdf = Buffer.from('%PDF-1.4 invoice');
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
		const [output] = await create(
			{ additionalFields: { binaryPropertyNames: 'invoice, photo', attachmentIds: '' } },
			[
				{
					json: { email: 'files@example.com', first: 'Files', message: 'See attached' },
					binary: {
						invoice: {
							data: pdf.toString('base64'),
							mimeType: 'application/pdf',
							fileName: 'invoice.pdf',
						},
						photo: { data: png.toString('base64'), mimeType: 'image/png', fileName: 'photo.png' },
					},
				},
			],
		);

		const uploads = requestsTo(ctx.sim, 'POST', '/api/v1/media');
		expect(uploads).toHaveLength(2);
		expect(uploads[0].headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		const media = ctx.sim.state.media.slice(-2);
		expect(
			media.map((m) => [
				m.filename,
				m.content_type,
				m.data.equals(m.filename === 'invoice.pdf' ? pdf : png),
			]),
		).toEqual([
			['invoice.pdf', 'application/pdf', true],
			['photo.png', 'image/png', true],
		]);
		const [post] = requestsTo(ctx.sim, 'POST', '/api/v1/conversations');
		expect((post.json as { attachments: number[] }).attachments).toEqual(media.map((m) => m.id));
		const message = ctx.sim.state.messages.find((m) => m.conversation_id === output.json.id);
		expect(message?.attachments).toEqual(media.map((m) => m.id));
	});

	it('a binary property named twice ("data, data") is uploaded once', async () => {
		ctx.sim.clearRequests();
		await create({ additionalFields: { binaryPropertyNames: 'data, data', attachmentIds: '' } }, [
			{
				json: { email: 'twice@example.com', first: 'T', message: 'x' },
				binary: {
					data: {
						data: Buffer.from('once').toString('base64'),
						mimeType: 'text/plain',
						fileName: 'once.txt',
					},
				},
			},
		]);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/media')).toHaveLength(1);
		expect(
			(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')[0].json as { attachments: number[] })
				.attachments,
		).toHaveLength(1);
	});

	it('a file over the size limit fails with 413 and no conversation is created', async () => {
		ctx.sim.state.maxUploadBytes = 10;
		try {
			const error = (await create({ additionalFields: { binaryPropertyNames: 'data' } }, [
				{
					json: { email: 'big@example.com', first: 'Big', message: 'x' },
					binary: {
						data: {
							data: Buffer.alloc(64).toString('base64'),
							mimeType: 'text/plain',
							fileName: 'big.txt',
						},
					},
				},
			]).catch((caught: unknown) => caught)) as NodeApiError;
			expect(error.httpCode).toBe('413');
			expect(error.description).toMatch(/larger than Libredesk accepts/);
			expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')).toHaveLength(0);
		} finally {
			ctx.sim.state.maxUploadBytes = 20 * 1024 * 1024;
		}
	});
});

describe('Conversation → Create: secrets', () => {
	it('neither the secret nor the Basic token appear in output', async () => {
		const output = await create({}, [
			item({ email: 'safe@example.com', first: 'Safe', message: 'x' }),
		]);
		expectNoSecrets(output);
		// ...while the request did carry them, as HTTP Basic auth.
		const [post] = requestsTo(ctx.sim, 'POST', '/api/v1/conversations');
		expect(post.headers.authorization).toMatch(/^Basic [A-Za-z0-9+/=]+$/);
	});
});

describe('Conversation → Create, version 1.2: typed custom attributes', () => {
	const typed = { typeVersion: 1.2 };
	const attributeReads = () => requestsTo(ctx.sim, 'GET', '/api/v1/custom-attributes');
	beforeAll(() => seedTypedAttributes(ctx.sim));
	const items = [item({ email: 'typed@example.com', first: 'Ty', subject: 'S', message: 'm' })];
	const mapped = (value: Parameters<typeof mappedAttributes>[0]) => ({
		attributesInput: 'map',
		attributes: mappedAttributes(value),
	});

	it('sends each mapped attribute in the form its type takes; empty fields are left out', async () => {
		await create(
			mapped({
				tier: 'pro',
				due_date: '2026-12-24T00:00:00',
				score: '4.5',
				vip: true,
				crm_link: 'https://crm.example.com/c/7',
				ticket_code: 'T-7',
				order_id: '={{ 1042 }}',
				plan: '',
			}),
			items,
			typed,
		);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')[0].json).toMatchObject({
			custom_attributes: {
				tier: 'pro',
				due_date: '2026-12-24',
				score: 4.5,
				vip: true,
				crm_link: 'https://crm.example.com/c/7',
				ticket_code: 'T-7',
				order_id: '1042',
			},
		});
	});

	it.each([
		[
			{ tier: 'gold' },
			/has Tier \(tier, list\) = "gold", not one of its options/,
			'Use one of: free, pro.',
		],
		[{ score: 'many' }, /has Score \(score, number\) = "many", not a number/, 'Enter a number'],
		[
			{ vip: 'maybe' },
			/VIP \(vip, checkbox\) = "maybe", not true or false/,
			'Enter true or false.',
		],
		[
			{ due_date: '2026-02-30' },
			/Due Date \(due_date, date\) = "2026-02-30", not a date/,
			'YYYY-MM-DD',
		],
		[{ crm_link: 'javascript:alert(1)' }, /not an http\(s\) address/, 'https://'],
		[{ ticket_code: '7' }, /which does not match its pattern/, 'T- then digits, e.g. T-7'],
	])('refuses %j by type before any write', async (value, message, fix) => {
		const refusal = create(mapped(value), items, typed);
		await expect(refusal).rejects.toThrow(message);
		await expect(refusal).rejects.toMatchObject({
			description: expect.stringContaining(fix),
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')).toHaveLength(0);
	});

	it('refuses keys Libredesk does not define, naming the known ones with their types', async () => {
		const refusal = create(
			{ attributesInput: 'json', attributesJson: '={{ $json.attrs }}' },
			[item({ ...items[0].json, attrs: { tier: 'pro', crm_id: 'C-1' } })],
			typed,
		);
		await expect(refusal).rejects.toThrow(
			'The "Custom Attributes (JSON)" of item 0 has keys Libredesk does not define for conversations: crm_id',
		);
		await expect(refusal).rejects.toMatchObject({
			description: expect.stringContaining('tier (list: free, pro)'),
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')).toHaveLength(0);
	});

	it('takes a set that changes per item from an expression, checked the same way; definitions are read once', async () => {
		const output = await create(
			{ attributesInput: 'json', attributesJson: '={{ $json.attrs }}' },
			[
				item({ ...items[0].json, attrs: { tier: 'free', score: 3 } }),
				item({ ...items[0].json, attrs: { vip: 'true', due_date: null } }),
				item({ ...items[0].json, attrs: {} }),
			],
			typed,
		);
		expect(output.map((out) => out.json.custom_attributes)).toEqual([
			{ tier: 'free', score: 3 },
			{ vip: true },
			{},
		]);
		expect(attributeReads()).toHaveLength(1);
		expect(attributeReads()[0].query).toEqual({ applies_to: 'conversation' });
	});

	it('sets none by default and then reads no definitions', async () => {
		await create({}, items, typed);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')[0].json).not.toHaveProperty(
			'custom_attributes',
		);
		expect(attributeReads()).toHaveLength(0);
	});

	it('a workflow saved with version 1.1 still sends its JSON field as it did, unchecked', async () => {
		await create(
			{ additionalFields: { customAttributes: '{"plan": "anything", "undefined_key": 1}' } },
			items,
			{ typeVersion: 1.1 },
		);
		// Libredesk drops the undefined key itself; version 1.1 never looked.
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')[0].json).toMatchObject({
			custom_attributes: { plan: 'anything', undefined_key: 1 },
		});
		expect(attributeReads()).toHaveLength(0);
	});
});
