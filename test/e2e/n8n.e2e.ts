/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * End-to-end: the packed package installed into a real n8n (pinned 2.41.1 on Node 24) the way
 * Community Nodes installs it, run against the Libredesk API simulator in this process.
 * Covers the three ways the package is used: a workflow run by hand, a webhook-triggered flow and
 * a scheduled automation; plus n8n's own credential test, dropdowns and an error case.
 */
import { N8nInstance } from '../../scripts/lib/instance';
import type { N8nRun } from '../../scripts/lib/instance';
import { ensureRuntime, packPackage } from '../../scripts/lib/runtime';
import {
	EXAMPLE_CREDENTIAL,
	libredeskCredential,
	loadExample,
	variant,
} from '../../scripts/lib/workflows';
import { startSimulator } from '../../simulator/server';
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { sign } from '../../simulator/webhooks';
import { privateNotesOn, seedConversation } from '../helpers/seed';

let sim: Simulator;
let n8n: N8nInstance;

const basicToken = `Basic ${Buffer.from(`${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`).toString('base64')}`;
const posts = () =>
	sim.requests.filter(
		(request) => request.method === 'POST' && request.path === '/api/v1/conversations',
	);
const output = (run: N8nRun | undefined, node: string) =>
	run?.data.resultData.runData[node]?.[0]?.data?.main[0].map((item) => item.json) ?? [];

const manual = loadExample('manual');
const badInbox = variant(manual, 'ldManualBadInbox', 'Create conversation', {
	inboxId: { __rl: true, mode: 'id', value: '99' },
});
const helpdesk = loadExample('helpdesk');
const webhook = loadExample('webhook');
const trigger = loadExample('trigger');
// n8n's HTTP Request node with the Libredesk credential as a Predefined Credential Type, for a
// route the Libredesk node does not cover (the full team list; Team → Get Many reads the compact one).
const httpRequest = {
	id: 'ldHttpRequestCred',
	name: 'Libredesk credential in the HTTP Request node',
	active: false,
	nodes: [
		{
			id: 'ld-http-1',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'ld-http-2',
			name: 'Full team list',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [220, 0],
			credentials: { libredeskApi: EXAMPLE_CREDENTIAL },
			parameters: {
				method: 'GET',
				// Set to the simulator's URL once it runs.
				url: '',
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'libredeskApi',
				options: {},
			},
		},
	],
	connections: { Start: { main: [[{ node: 'Full team list', type: 'main', index: 0 }]] } },
	settings: {},
};
// Node version 1.2: custom attributes in the resource mapper, as the editor saves them.
const typedAttributes = variant(manual, 'ldTypedAttributes', 'Create conversation', {
	attributesInput: 'map',
	attributes: {
		mappingMode: 'defineBelow',
		value: { order_id: '={{ 1000 + $itemIndex }}', plan: 'pro' },
		matchingColumns: [],
		schema: [
			{
				id: 'order_id',
				displayName: 'Order ID',
				required: false,
				defaultMatch: false,
				display: true,
				type: 'string',
				canBeUsedToMatch: false,
			},
			{
				id: 'plan',
				displayName: 'Plan',
				required: false,
				defaultMatch: false,
				display: true,
				type: 'string',
				canBeUsedToMatch: false,
			},
		],
		attemptToConvertTypes: false,
		convertFieldsToString: false,
	},
});
for (const node of typedAttributes.nodes)
	if (node.type === 'n8n-nodes-libredesk.libredesk') node.typeVersion = 1.2;
// The example runs on weekday mornings; here it runs every 2 seconds so a run happens during the test.
const schedule = variant(loadExample('schedule'), 'ldScheduleEvery2s', 'Weekdays at 08:00', {
	rule: { interval: [{ field: 'seconds', secondsInterval: 2 }] },
});

beforeAll(async () => {
	sim = await startSimulator();
	const runtime = ensureRuntime();
	n8n = new N8nInstance(runtime, packPackage());
	await n8n.importCredentials([
		libredeskCredential({
			baseUrl: sim.url,
			apiKey: SEED_KEYS.admin.key,
			apiSecret: SEED_KEYS.admin.secret,
		}),
		libredeskCredential(
			{ baseUrl: `${sim.url}/api/v1/`, apiKey: SEED_KEYS.admin.key, apiSecret: 'wrong-secret' },
			'libredeskCredBad',
			'Libredesk wrong secret',
		),
	]);
	httpRequest.nodes[1].parameters.url = `${sim.url}/api/v1/teams`;
	for (const workflow of [
		manual,
		badInbox,
		typedAttributes,
		helpdesk,
		webhook,
		schedule,
		trigger,
		httpRequest,
	])
		await n8n.importWorkflow(workflow);
});

afterAll(async () => {
	await n8n?.stop();
	await sim?.close();
});

describe('n8n execute (a workflow run by hand)', () => {
	it('creates one conversation per item, with the imported credential, and outputs them', async () => {
		sim.clearRequests();
		const result = await n8n.execute(manual.id);
		expect(result.status).toBe(0);
		expect(result.run?.status).toBe('success');

		const sent = posts();
		expect(sent.map((request) => request.json)).toEqual([
			{
				inbox_id: 1,
				contact_email: 'jane.doe@example.com',
				first_name: 'Jane',
				last_name: 'Doe',
				subject: 'Order 1042 has not arrived',
				content: '<p>Hello,<br>my order 1042 has not arrived yet.</p><p>Thanks, Jane</p>',
				initiator: 'contact',
			},
			expect.objectContaining({
				contact_email: 'ravi@example.org',
				content: '<p>Could you send me the invoice for March? &lt;Ravi&gt;</p>',
			}),
			expect.objectContaining({ contact_email: 'mia.chen@example.net', subject: 'Cannot log in' }),
		]);
		for (const request of sent) expect(request.headers.authorization).toBe(basicToken);

		const items = output(result.run, 'Create conversation');
		expect(items).toEqual(
			sent.map((request) => (request.response?.body as { data: unknown }).data),
		);
		expect(items.map((item) => item.subject)).toEqual([
			expect.stringMatching(/^Order 1042 has not arrived - #\d+$/),
			expect.stringMatching(/^Invoice for March - #\d+$/),
			expect.stringMatching(/^Cannot log in - #\d+$/),
		]);
		expect(result.stdout).not.toContain(SEED_KEYS.admin.secret);
	});

	it("fails with Libredesk's own message and a hint when the inbox does not exist", async () => {
		sim.clearRequests();
		const result = await n8n.execute(badInbox.id);
		expect(result.status).toBe(1);
		expect(result.run?.status).toBe('error');
		const error = result.run?.data.resultData.error;
		expect(error?.message).toBe('Libredesk: Inbox not found (HTTP 400, InputException)');
		expect(error?.description).toMatch(/enabled and be an email inbox/);
		// Items already under way ("Requests in Parallel") when the first failed finish; none is sent twice.
		const sentTo = posts().map(
			(request) => (request.json as { contact_email: string }).contact_email,
		);
		expect(sentTo.length).toBeGreaterThanOrEqual(1);
		expect(new Set(sentTo).size).toBe(sentTo.length);
		expect(result.stdout + result.stderr).not.toContain(SEED_KEYS.admin.secret);
	});
});

describe('n8n execute: custom attributes in the resource mapper (node version 1.2)', () => {
	it('imports and runs; each item sends its mapped attributes, checked against the definitions', async () => {
		sim.clearRequests();
		const result = await n8n.execute(typedAttributes.id);
		expect(result.run?.status).toBe('success');
		expect(
			posts().map((request) => (request.json as { custom_attributes: unknown }).custom_attributes),
		).toEqual([
			{ order_id: '1000', plan: 'pro' },
			{ order_id: '1001', plan: 'pro' },
			{ order_id: '1002', plan: 'pro' },
		]);
		expect(
			sim.requests.filter((request) => request.path === '/api/v1/custom-attributes'),
		).toHaveLength(1);
	});
});

describe("n8n's HTTP Request node with the Libredesk credential", () => {
	it('reaches a route the node does not cover, authenticated by the credential as a Predefined Credential Type', async () => {
		sim.clearRequests();
		const result = await n8n.execute(httpRequest.id);
		expect(result.run?.status).toBe('success');
		const [request] = sim.requests.filter((entry) => entry.path === '/api/v1/teams');
		expect(request.headers.authorization).toBe(basicToken);
		// The HTTP Request node outputs Libredesk's envelope as is: the records are under `data`.
		const [item] = output(result.run, 'Full team list');
		expect(item).toEqual({
			status: 'success',
			data: sim.state.teams.map((team) =>
				expect.objectContaining({ id: team.id, name: team.name }),
			),
		});
		expect(result.stdout + result.stderr).not.toContain(SEED_KEYS.admin.secret);
	});
});

describe('n8n execute: a helpdesk flow chaining the operations', () => {
	it("creates, assigns to a team, tags, notes, records the customer's file, replies, resolves and downloads the file", async () => {
		sim.clearRequests();
		// Recording a customer's message needs messages:write_as_contact, which an admin grants with a role.
		const admin = sim.state.users[0];
		if (!admin.roles.includes('Contact Messages')) admin.roles.push('Contact Messages');
		const result = await n8n.execute(helpdesk.id);
		expect(result.run?.status).toBe('success');
		const [created] = output(result.run, 'Create conversation');
		const conversation = sim.state.conversations.find(
			(candidate) => candidate.uuid === created.uuid,
		);
		expect(conversation).toMatchObject({
			assigned_team_id: 1,
			tags: ['billing'],
			status: 'Resolved',
		});
		const messages = sim.state.messages.filter(
			(message) => message.conversation_id === conversation?.id && message.type !== 'activity',
		);
		expect(messages.map((message) => [message.type, message.private])).toEqual([
			['incoming', false],
			['outgoing', true],
			['incoming', false],
			['outgoing', false],
		]);
		const statement = sim.state.media.find((media) => media.model_id === messages[2].id);
		expect(statement).toMatchObject({ filename: 'bank-statement.txt', content_type: 'text/plain' });
		expect(messages[3].meta.to).toEqual(['alex.morgan@example.com']);
		expect(messages[3].content).toBe(
			'<p>Hi Alex,</p><p>we refunded the duplicate payment for order 2087. It reaches your card in 3-5 days.</p><p>Your support team</p>',
		);
		const [resolved] = output(result.run, 'Resolve');
		expect(resolved).toMatchObject({
			uuid: created.uuid,
			status: 'Resolved',
			tags: ['billing'],
			assigned_team_id: 1,
		});
		type FileItem = {
			json: Record<string, unknown>;
			binary?: Record<string, Record<string, unknown>>;
		};
		const files = (result.run?.data.resultData.runData['Customer files']?.[0]?.data?.main[0] ??
			[]) as FileItem[];
		expect(files.map((item) => item.json.text_content)).toEqual([
			'Here is my bank statement with both payments.',
			expect.stringContaining('charged twice'),
		]);
		expect(files[0].binary?.attachment_0).toMatchObject({
			fileName: 'bank-statement.txt',
			mimeType: 'text/plain',
		});
		expect(files[1].binary).toBeUndefined();
		expect(
			sim.requests.filter((request) => request.path === `/uploads/${statement?.uuid}`),
		).toHaveLength(1);
	});
});

describe('n8n start (webhook, schedule, editor API)', () => {
	beforeAll(async () => {
		await n8n.publishWorkflow(webhook.id);
		await n8n.publishWorkflow(schedule.id);
		await n8n.publishWorkflow(trigger.id);
		await n8n.start();
		await n8n.setupOwner();
	});

	it('a webhook-triggered flow turns a posted form into a conversation and answers with its reference', async () => {
		const response = await fetch(`${n8n.baseUrl}/webhook/libredesk-contact-form`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({
				name: 'Lena',
				email: 'lena@example.com',
				message: 'Where is my refund?\nOrder 77',
			}),
		});
		expect(response.status).toBe(200);
		const answer = (await response.json()) as { reference: string; conversation: string };
		const conversation = sim.state.conversations.find(
			(candidate) => candidate.uuid === answer.conversation,
		);
		expect(conversation).toBeDefined();
		expect(answer.reference).toBe(conversation?.reference_number);
		expect(conversation?.subject).toBe(`Contact form - #${answer.reference}`);
		const message = sim.state.messages.find(
			(candidate) => candidate.conversation_id === conversation?.id,
		);
		expect(message).toMatchObject({
			type: 'incoming',
			content: '<p>Where is my refund?<br>Order 77</p>',
		});
	});

	it('a scheduled automation creates its conversation when the schedule fires', async () => {
		const deadline = Date.now() + 30_000;
		let created = posts().filter(
			(request) => (request.json as { contact_email?: string }).contact_email === 'ops@example.com',
		);
		while (created.length === 0 && Date.now() < deadline) {
			await new Promise((done) => setTimeout(done, 500));
			created = posts().filter(
				(request) =>
					(request.json as { contact_email?: string }).contact_email === 'ops@example.com',
			);
		}
		expect(created.length).toBeGreaterThan(0);
		expect(created[0].json).toMatchObject({
			inbox_id: 1,
			team_id: 2,
			initiator: 'contact',
			subject: expect.stringMatching(/^Morning checklist \d{4}-\d{2}-\d{2}$/),
		});
		expect(created[0].response?.status).toBe(200);
	});

	it("n8n's credential test (the nodes' testedBy function) accepts the good secret, explains the wrong one and refuses a Base URL the node refuses", async () => {
		const test = async (id: string, apiSecret: string, baseUrl = sim.url) =>
			await n8n.rest<{ data: { status: string; message: string } }>('POST', '/credentials/test', {
				credentials: {
					id,
					name: id,
					type: 'libredeskApi',
					data: {
						baseUrl,
						apiKey: SEED_KEYS.admin.key,
						apiSecret,
						allowUnauthorizedCerts: false,
					},
				},
			});
		const good = await test(EXAMPLE_CREDENTIAL.id, SEED_KEYS.admin.secret);
		expect(good.body.data).toEqual({ status: 'OK', message: 'Connection successful!' });
		const bad = await test('libredeskCredBad', 'wrong-secret');
		expect(bad.body.data).toEqual({
			status: 'Error',
			message: expect.stringMatching(/did not accept the API key and secret/),
		});
		const query = await test(EXAMPLE_CREDENTIAL.id, SEED_KEYS.admin.secret, `${sim.url}/?x=1`);
		// n8n tests only credentials it has; the whole answer shows in a failure.
		expect(query.body).toEqual({
			data: {
				status: 'Error',
				message: expect.stringMatching(
					/^The Base URL of the Libredesk API credential contains a query \(\?…\)/,
				),
			},
		});
	});

	it('loads the node, its AI-tool variant and the credential type in the editor', async () => {
		const response = await fetch(`${n8n.baseUrl}/types/nodes.json`, {
			headers: { Cookie: n8n.authCookie },
		});
		const types = (await response.json()) as Array<{ name: string; usableAsTool?: boolean }>;
		const names = types.map((type) => type.name);
		expect(names).toContain('n8n-nodes-libredesk.libredesk');
		expect(names).toContain('n8n-nodes-libredesk.libredeskTool');
	});

	it('fills the Inbox list through the real n8n (enabled email inboxes only)', async () => {
		const response = await n8n.rest<{ data: { results: Array<{ name: string; value: string }> } }>(
			'POST',
			'/dynamic-node-parameters/resource-locator-results',
			{
				path: 'parameters.inboxId',
				nodeTypeAndVersion: { name: 'n8n-nodes-libredesk.libredesk', version: 1 },
				currentNodeParameters: { resource: 'conversation', operation: 'create' },
				methodName: 'searchInboxes',
				credentials: { libredeskApi: EXAMPLE_CREDENTIAL },
			},
		);
		expect(response.status).toBe(200);
		expect(response.body.data.results.map((result) => result.value)).toEqual(['2', '1']);
	});

	it('fills the Custom Attributes resource mapper through the real n8n, each field typed', async () => {
		const response = await n8n.rest<{ data: { fields: Array<{ id: string; type: string }> } }>(
			'POST',
			'/dynamic-node-parameters/resource-mapper-fields',
			{
				path: 'parameters.attributes',
				nodeTypeAndVersion: { name: 'n8n-nodes-libredesk.libredesk', version: 1.2 },
				currentNodeParameters: { resource: 'contact', operation: 'updateCustomAttributes' },
				methodName: 'getContactAttributes',
				credentials: { libredeskApi: EXAMPLE_CREDENTIAL },
			},
		);
		expect(response.status).toBe(200);
		expect(response.body.data.fields).toEqual([
			expect.objectContaining({ id: 'crm_id', displayName: 'CRM ID', type: 'string' }),
		]);
	});

	describe('Libredesk Trigger', () => {
		const triggerUrl = () => `${n8n.baseUrl}/webhook/${String(trigger.nodes[0].webhookId)}/webhook`;
		const waitFor = async (check: () => boolean, ms: number) => {
			const deadline = Date.now() + ms;
			while (!check() && Date.now() < deadline) await new Promise((done) => setTimeout(done, 200));
			return check();
		};

		it('registered itself in Libredesk when n8n activated the workflow', () => {
			const registered = sim.state.webhooks.filter((candidate) => candidate.url === triggerUrl());
			expect(registered).toHaveLength(1);
			expect(registered[0]).toMatchObject({
				events: ['conversation.created'],
				is_active: true,
				secret: expect.stringMatching(/^[0-9a-f]{64}$/),
			});
		});

		it('a signed conversation.created from Libredesk runs the workflow with that payload', async () => {
			const conversation = await seedConversation(sim, {
				subject: 'Printer on fire',
				contact_email: 'pat@example.com',
				first_name: 'Pat',
			});
			const { id } = conversation;
			expect(await waitFor(() => privateNotesOn(sim, id).length > 0, 20_000)).toBe(true);
			expect(privateNotesOn(sim, id)[0].content).toBe(
				`<p>New conversation #${conversation.reference_number} from Pat &lt;pat@example.com&gt; in Support: Printer on fire - #${conversation.reference_number}</p>`,
			);
			const delivery = sim.webhooks.deliveries.find(
				(candidate) => candidate.url === triggerUrl() && candidate.body.includes(conversation.uuid),
			);
			expect(delivery?.status).toBe(200);
		});

		it('a forged delivery gets 401 and runs nothing', async () => {
			const conversation = await seedConversation(sim, { subject: 'Forged' });
			const { id } = conversation;
			await waitFor(() => privateNotesOn(sim, id).length > 0, 20_000);
			const before = privateNotesOn(sim, id).length;
			const body = JSON.stringify({
				event: 'conversation.created',
				timestamp: '2026-11-25T00:00:00Z',
				payload: {
					uuid: conversation.uuid,
					reference_number: '1',
					contact: { first_name: 'X', email: 'x@example.com' },
				},
			});
			const response = await fetch(triggerUrl(), {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					'X-Libredesk-Signature': sign('not-the-secret', body),
				},
				body,
			});
			expect(response.status).toBe(401);
			const unsigned = await fetch(triggerUrl(), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body,
			});
			expect(unsigned.status).toBe(401);
			await new Promise((done) => setTimeout(done, 2000));
			expect(privateNotesOn(sim, id)).toHaveLength(before);
		});

		it('a replayed, a stale or a signed non-object delivery runs nothing (200 duplicate, 403, 400)', async () => {
			const conversation = await seedConversation(sim, { subject: 'Replayed' });
			const { id } = conversation;
			expect(await waitFor(() => privateNotesOn(sim, id).length > 0, 20_000)).toBe(true);
			const captured = sim.webhooks.deliveries.find(
				(candidate) => candidate.url === triggerUrl() && candidate.body.includes(conversation.uuid),
			)!;
			const secret = sim.state.webhooks.find((candidate) => candidate.url === triggerUrl())!.secret;
			const send = async (body: string, signature = sign(secret, body)) => {
				const response = await fetch(triggerUrl(), {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', 'X-Libredesk-Signature': signature },
					body,
				});
				return [response.status, await response.text()];
			};
			expect(await send(captured.body, captured.signature)).toEqual([200, 'duplicate ignored']);
			const stale = captured.body.replace(
				/"timestamp":"[^"]+"/,
				'"timestamp":"2020-01-01T00:00:00Z"',
			);
			expect((await send(stale))[0]).toBe(403);
			expect(await send('null')).toEqual([400, 'The body is not a JSON object']);
			await new Promise((done) => setTimeout(done, 2000));
			expect(privateNotesOn(sim, id)).toHaveLength(1);
		});

		it('deactivating the workflow removes the webhook from Libredesk', async () => {
			const response = await n8n.deactivateWorkflow(trigger.id);
			expect(response.status).toBe(200);
			// n8n removes the webhooks of a deactivated workflow right after answering.
			const removed = await waitFor(
				() => sim.state.webhooks.every((candidate) => candidate.url !== triggerUrl()),
				10_000,
			);
			expect(removed).toBe(true);
		});
	});
});
