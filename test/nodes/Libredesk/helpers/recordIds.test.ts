import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { envelope, useHostile } from '../../../helpers/hostile';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import { seedConversation } from '../../../helpers/seed';

const ctx = useSimulator();
const getByReference = async (value: string) =>
	await runNode(
		libredeskNode({
			resource: 'conversation',
			operation: 'get',
			conversationId: { __rl: true, mode: 'reference', value },
		}),
		[{ json: {} }],
		credentialsFor(ctx.sim),
	);

beforeEach(() => ctx.sim.clearRequests());

describe('conversation locator: By Reference Number', () => {
	it('finds the conversation by #123 or 123, matching the number exactly', async () => {
		const target = await seedConversation(ctx.sim);
		// A contact email containing the digits also matches Libredesk's search; it must not win.
		await seedConversation(ctx.sim, { contact_email: `ref${target.reference_number}@example.com` });
		for (const value of [`#${target.reference_number}`, ` ${target.reference_number} `]) {
			const [output] = await getByReference(value);
			expect(output.json.uuid).toBe(target.uuid);
		}
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/search')[0].query).toEqual({
			query: target.reference_number,
		});
	});

	it('an unknown number stops the node before any change, naming the field', async () => {
		await expect(getByReference('#99999')).rejects.toThrow(
			/"Conversation" of item 0 is reference #99999, which Libredesk does not have/,
		);
		await expect(getByReference('#42')).rejects.toThrow(/reference numbers start at 100/);
		await expect(getByReference('abc')).rejects.toThrow(/is not a reference number: "abc"/);
	});

	it('a UUID field given a reference number points to the reference mode', async () => {
		const node = libredeskNode({
			resource: 'conversation',
			operation: 'get',
			conversationId: { __rl: true, mode: 'id', value: '#123' },
		});
		await expect(runNode(node, [{ json: {} }], credentialsFor(ctx.sim))).rejects.toThrow(
			/not a conversation UUID: "#123"/,
		);
	});
});

describe('conversation locator: By Reference Number, against a server that answers the search wrongly', () => {
	const hostile = useHostile();
	const markUnreadByReference = async () =>
		await runNode(
			libredeskNode({
				resource: 'conversation',
				operation: 'markUnread',
				conversationId: { __rl: true, mode: 'reference', value: '#123' },
			}),
			[{ json: {} }],
			credentialsFor(ctx.sim, { baseUrl: hostile.server.url }),
		);
	const searchAnswers = (data: unknown) =>
		hostile.server.handle((request, response) => {
			response.writeHead(200, { 'Content-Type': 'application/json' });
			response.end(envelope(request.url?.startsWith('/api/v1/conversations/search') ? data : true));
		});
	const sentAfterSearch = () =>
		hostile.server.requests.filter(
			(request) => !request.url.startsWith('/api/v1/conversations/search'),
		);

	it.each([
		['no uuid', [{ reference_number: '123' }]],
		['a path instead of a UUID', [{ reference_number: 123, uuid: '../../webhooks/1' }]],
		['a number', [{ reference_number: '123', uuid: 7 }]],
	])('a hit with %s stops the item before any write', async (_case, hits) => {
		searchAnswers(hits);
		await expect(markUnreadByReference()).rejects.toThrow(
			/"Conversation" of item 0 is reference #123, but Libredesk's search gave no valid UUID for it/,
		);
		expect(sentAfterSearch()).toEqual([]);
	});

	it.each([
		['an object', { results: [] }],
		['a text', 'nope'],
	])('a search answer that is %s is a clear error', async (_case, data) => {
		searchAnswers(data);
		await expect(markUnreadByReference()).rejects.toThrow(
			/answered GET \/api\/v1\/conversations\/search with something other than a Libredesk API response/,
		);
		expect(sentAfterSearch()).toEqual([]);
	});

	it('a hit that is not a record is not skipped: the answer is refused, before any write', async () => {
		const uuid = '0F6A2C1E-4B5D-4E6F-8A9B-0C1D2E3F4A5B';
		searchAnswers([null, 'x', { reference_number: '123', uuid }]);
		await expect(markUnreadByReference()).rejects.toThrow(
			/conversations\/search with something other than a Libredesk API response: entry 1 of the answer is null, not a record/,
		);
		expect(sentAfterSearch()).toEqual([]);
	});

	it('takes the UUID of the hit with the exact reference number', async () => {
		const uuid = '0F6A2C1E-4B5D-4E6F-8A9B-0C1D2E3F4A5B';
		searchAnswers([
			{ reference_number: '1234', uuid: 'x' },
			{ reference_number: '123', uuid },
		]);
		await markUnreadByReference();
		expect(sentAfterSearch().map((request) => `${request.method} ${request.url}`)).toEqual([
			`PUT /api/v1/conversations/${uuid.toLowerCase()}/mark-unread`,
		]);
	});
});
