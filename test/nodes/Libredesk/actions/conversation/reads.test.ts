import { NodeOperationError } from 'n8n-workflow';
import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, listSearch, runNode } from '../../../../helpers/n8n';
import { seedConversation } from '../../../../helpers/seed';
import { SIMPLE_CONVERSATION_FIELDS } from '../../../../../nodes/Libredesk/helpers/simplify';

const ctx = useSimulator();
const run = async (parameters: INodeParameters, items = [{ json: {} }]) =>
	await runNode(libredeskNode({ resource: 'conversation', ...parameters }), items, credentialsFor(ctx.sim));
const byUuid = (uuid: string) => ({ __rl: true, mode: 'id', value: uuid });

describe('Conversation → Get', () => {
	it('outputs the full conversation, or the simplified fields', async () => {
		const seeded = await seedConversation(ctx.sim, { subject: 'Get me' });
		const [raw] = await run({ operation: 'get', conversationId: byUuid(seeded.uuid), simplify: false });
		expect(raw.json).toMatchObject({ uuid: seeded.uuid, subject: `Get me - #${seeded.reference_number}`, previous_conversations: [] });
		const [simple] = await run({ operation: 'get', conversationId: byUuid(seeded.uuid) });
		expect(Object.keys(simple.json).sort()).toEqual([...SIMPLE_CONVERSATION_FIELDS].sort());
		expect(simple.json).toMatchObject({ uuid: seeded.uuid, contact_email: seeded.contact.email, status: 'Open' });
	});

	it('refuses a reference number where a UUID belongs, before any request', async () => {
		ctx.sim.clearRequests();
		const error = await run({ operation: 'get', conversationId: byUuid('104') }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(/"Conversation" of item 0 is not a conversation UUID/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('an unknown UUID is a 404 with Libredesk’s message', async () => {
		await expect(run({ operation: 'get', conversationId: byUuid('00000000-0000-4000-8000-000000000000') })).rejects.toThrow('Libredesk: Conversation not found (HTTP 404, NotFoundException)');
	});

	it('the conversation list searches by reference number and email, or shows the latest', async () => {
		const seeded = await seedConversation(ctx.sim, { subject: 'Listed', contact_email: 'listed.person@example.com' });
		const byRef = await listSearch('searchConversations', credentialsFor(ctx.sim), seeded.reference_number);
		expect(byRef.results).toEqual([{ name: `#${seeded.reference_number} Listed - #${seeded.reference_number}`, value: seeded.uuid }]);
		expect((await listSearch('searchConversations', credentialsFor(ctx.sim), 'listed.person')).results.map((r) => r.value)).toEqual([seeded.uuid]);
		expect((await listSearch('searchConversations', credentialsFor(ctx.sim))).results.length).toBeGreaterThan(0);
	});
});

describe('Conversation → Search', () => {
	it('finds by contact email', async () => {
		const seeded = await seedConversation(ctx.sim, { contact_email: 'findable@example.com' });
		const output = await run({ operation: 'search', query: 'findable@' });
		expect(output.map((item) => item.json.uuid)).toEqual([seeded.uuid]);
		expect(Object.keys(output[0].json).sort()).toEqual(['created_at', 'reference_number', 'status', 'subject', 'uuid']);
	});

	it('finds a reference number written with "#" (Libredesk itself matches only the bare number)', async () => {
		const { uuid, reference_number } = await seedConversation(ctx.sim);
		const output = await run({ operation: 'search', query: ` #${reference_number}` });
		expect(output.map((item) => item.json.uuid)).toEqual([uuid]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/search').at(-1)?.query.query).toBe(reference_number);
	});

	it('refuses fewer than 3 characters before sending', async () => {
		ctx.sim.clearRequests();
		await expect(run({ operation: 'search', query: 'ab' })).rejects.toThrow(/"Query" of item 0 has 2 characters/);
		expect(ctx.sim.requests).toHaveLength(0);
	});
});

describe('Conversation → Get Many', () => {
	it('applies filters, order and limit, and outputs one item per conversation', async () => {
		const a = await seedConversation(ctx.sim, { inbox_id: 2, team_id: 2, subject: 'Team two A' });
		const b = await seedConversation(ctx.sim, { inbox_id: 2, team_id: 2, subject: 'Team two B' });
		await seedConversation(ctx.sim, { inbox_id: 2, team_id: 1 });
		ctx.sim.clearRequests();
		const output = await run({
			operation: 'getAll',
			list: 'all',
			limit: 10,
			filters: { inboxId: 2, teamId: 2, status: 'Open', createdAfter: '2020-01-01T00:00:00' },
			options: { orderBy: 'created_at', order: 'asc' },
			simplify: false,
		});
		expect(output.map((item) => item.json.uuid)).toEqual([a.uuid, b.uuid]);
		const [lookup, list] = ctx.sim.requests;
		expect(lookup.path).toBe('/api/v1/statuses');
		expect(list.query).toMatchObject({ page: '1', page_size: '10', order: 'asc', order_by: 'conversations.created_at' });
		expect(JSON.parse(list.query.filters as string)).toEqual([
			{ model: 'conversations', field: 'inbox_id', operator: 'equals', value: '2' },
			{ model: 'conversations', field: 'assigned_team_id', operator: 'equals', value: '2' },
			{ model: 'conversations', field: 'created_at', operator: 'between', value: '2020-01-01,9999-12-31' },
			{ model: 'conversations', field: 'status_id', operator: 'equals', value: '1' },
		]);
	});

	it('refuses an unknown status name before listing', async () => {
		ctx.sim.clearRequests();
		await expect(run({ operation: 'getAll', list: 'all', filters: { status: 'Pending' } })).rejects.toThrow(/"Status Name or ID" of item 0 is "Pending", which Libredesk does not have/);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all')).toHaveLength(0);
	});

	it('Return All reads pages of 500, the fewest requests', async () => {
		for (let index = ctx.sim.state.conversations.length; index < 503; index++) await seedConversation(ctx.sim, { contact_email: 'bulk@example.com' });
		ctx.sim.clearRequests();
		const output = await run({ operation: 'getAll', list: 'all', returnAll: true });
		const pages = requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all');
		expect(pages.map((request) => [request.query.page, request.query.page_size])).toEqual([
			['1', '500'],
			['2', '500'],
		]);
		expect(output).toHaveLength(ctx.sim.state.conversations.length);
		expect(new Set(output.map((item) => item.json.uuid)).size).toBe(output.length);
		expect(output[0].pairedItem).toEqual({ item: 0 });
	});

	it('a limit above 500 reads just enough pages', async () => {
		ctx.sim.clearRequests();
		const output = await run({ operation: 'getAll', list: 'all', limit: 501 });
		expect(output).toHaveLength(501);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all')).toHaveLength(2);
	});
});
