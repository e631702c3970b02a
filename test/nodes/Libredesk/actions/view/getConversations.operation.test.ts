import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run, runAs } = useResourceRig('view', { operation: 'getConversations' });

describe('View → Get Conversations', () => {
	it("lists the conversations the view's own filters select, simplified, in the chosen order", async () => {
		const first = await seedConversation(ctx.sim, { subject: 'View first' });
		const second = await seedConversation(ctx.sim, { subject: 'View second' });
		const resolved = await seedConversation(ctx.sim, { subject: 'View resolved' });
		await simCall(ctx.sim, 'PUT', `/conversations/${resolved.uuid}/status`, {
			status: 'Resolved',
		});
		ctx.sim.clearRequests();
		// View 3, "Everything open": status_id equals 1.
		const items = await run({
			viewId: 3,
			returnAll: true,
			options: { orderBy: 'created_at', order: 'asc' },
		});
		const uuids = items.map((item) => item.json.uuid);
		expect(uuids).toEqual(expect.arrayContaining([first.uuid, second.uuid]));
		expect(uuids).not.toContain(resolved.uuid);
		expect(uuids.indexOf(first.uuid)).toBeLessThan(uuids.indexOf(second.uuid));
		expect(items[0].json).not.toHaveProperty('unread_message_count');
		expect(items[0].json).toHaveProperty('status', 'Open');
		const [request] = requestsTo(ctx.sim, 'GET', '/api/v1/views/3/conversations');
		expect(request.query).toEqual({
			order: 'asc',
			order_by: 'conversations.created_at',
			page: '1',
			page_size: '500',
		});
	});

	it('stops at the Limit and keeps the raw records with Simplify off', async () => {
		await seedConversation(ctx.sim);
		await seedConversation(ctx.sim);
		const items = await run({ viewId: '3', limit: 1, simplify: false });
		expect(items).toHaveLength(1);
		expect(items[0].json).toHaveProperty('unread_message_count');
	});

	it("keeps Libredesk's 403 and 404 with hints, and checks the view ID before any request", async () => {
		const denied = (await runAs('agent', { viewId: 1 }).catch(
			(caught: Error) => caught,
		)) as Error & {
			description?: string;
		};
		expect(denied.message).toBe(
			'Libredesk: You do not have access to this view (HTTP 403, PermissionException)',
		);
		expect(denied.description).toMatch(/not shared with the API key's agent/);
		const missing = (await run({ viewId: 987 }).catch((caught: Error) => caught)) as Error & {
			description?: string;
		};
		expect(missing.message).toBe('Libredesk: View not found (HTTP 404, NotFoundException)');
		expect(missing.description).toMatch(/View → Get Many/);
		ctx.sim.clearRequests();
		await expect(run({ viewId: 'High priority' })).rejects.toThrow(/"View Name or ID" of item 0/);
		expect(ctx.sim.requests).toHaveLength(0);
	});
});
