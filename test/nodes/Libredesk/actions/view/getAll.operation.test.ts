import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs } = useResourceRig('view', { operation: 'getAll', returnAll: true });
const names = (items: Array<{ json: { name?: unknown } }>) => items.map((item) => item.json.name);

/** The seeded agent (Bo) with a role that has no view:manage, for one test. */
async function withoutViewManage<T>(body: () => Promise<T>): Promise<T> {
	const bo = ctx.sim.state.findUser(2)!;
	const roles = bo.roles;
	bo.roles = ['Contact Messages'];
	try {
		return await body();
	} finally {
		bo.roles = roles;
	}
}

describe('View → Get Many', () => {
	it("lists the key's personal views first, then the ones shared with it, as Libredesk sends them", async () => {
		const items = await run({});
		expect(names(items)).toEqual(['High priority', 'Billing team queue', 'Everything open']);
		expect(items[0].json).toEqual({
			id: 1,
			created_at: expect.any(String),
			updated_at: expect.any(String),
			name: 'High priority',
			filters: [{ model: 'conversations', field: 'priority_id', operator: 'equals', value: '3' }],
			visibility: 'user',
			user_id: 1,
		});
		expect(ctx.sim.requests.map((request) => request.path)).toEqual([
			'/api/v1/views/me',
			'/api/v1/views/shared',
		]);
		expect(items.map((item) => item.pairedItem)).toEqual(items.map(() => ({ item: 0 })));
	});

	it('reads one list for Personal or Shared, and cuts at the Limit', async () => {
		expect(names(await runAs('agent', { scope: 'shared' }))).toEqual(['Everything open']);
		expect(names(await runAs('agent', { scope: 'personal' }))).toEqual([]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/views/me')).toHaveLength(1);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/views/shared')).toHaveLength(1);
		expect(names(await run({ returnAll: false, limit: 2 }))).toEqual([
			'High priority',
			'Billing team queue',
		]);
	});

	it('without view:manage, personal views are a 403 whose hint names the permission and Scope Shared', async () => {
		await withoutViewManage(async () => {
			const error = (await runAs('agent', {}).catch((caught: Error) => caught)) as Error & {
				description?: string;
			};
			expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
			expect(error.description).toMatch(/lacks view:manage.*or set Scope to Shared/);
			expect(names(await runAs('agent', { scope: 'shared' }))).toEqual(['Everything open']);
		});
	});

	it('refuses an unknown Scope and a Limit below 1 before any request', async () => {
		await expect(run({ scope: 'everything' })).rejects.toThrow(/"Scope" of item 0 is "everything"/);
		await expect(run({ returnAll: false, limit: 0 })).rejects.toThrow(/"Limit" of item 0/);
		expect(ctx.sim.requests).toHaveLength(0);
	});
});
