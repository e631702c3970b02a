/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Return All while a conversation gets a new message between two page requests: Libredesk's
 * LIMIT/OFFSET paging then repeats one row and skips another. The node must output each
 * conversation exactly once.
 */
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import { seedConversation, simCall } from '../../../helpers/seed';

const ctx = useSimulator();

async function whenAnswered(
	matches: (request: (typeof ctx.sim.requests)[number]) => boolean,
): Promise<void> {
	while (!ctx.sim.requests.some((request) => matches(request) && request.response))
		await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('readDistinctRows (Conversation → Get Many, Return All)', () => {
	beforeAll(async () => {
		for (let index = ctx.sim.state.conversations.length; index < 503; index++)
			await seedConversation(ctx.sim);
	}, 60000);

	it('outputs every conversation once when one moves to the front between pages', async () => {
		const secondPage = await simCall<{ results: Array<{ uuid: string }> }>(
			ctx.sim,
			'GET',
			'/conversations/all?page=2&page_size=500',
		);
		const moving = ctx.sim.state.conversations.find(
			(conversation) => conversation.uuid === secondPage.results[1].uuid,
		)!;
		ctx.sim.clearRequests();
		ctx.sim.setLatency(100);
		const running = runNode(
			libredeskNode({
				resource: 'conversation',
				operation: 'getAll',
				list: 'all',
				returnAll: true,
				simplify: false,
			}),
			[{ json: {} }],
			credentialsFor(ctx.sim),
		);
		await whenAnswered(
			(request) => request.path === '/api/v1/conversations/all' && request.query.page === '1',
		);
		moving.last_message_at = '2999-01-01T00:00:00.000Z';
		const output = await running;
		ctx.sim.setLatency(0);

		const uuids = output.map((item) => item.json.uuid);
		expect(new Set(uuids).size).toBe(uuids.length);
		expect(new Set(uuids)).toEqual(
			new Set(ctx.sim.state.conversations.map((conversation) => conversation.uuid)),
		);
		// The first read saw 502 distinct rows of 503, so the node read the list once more.
		expect(
			requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all').map((request) => request.query.page),
		).toEqual(['1', '2', '1', '2']);
	});
});
