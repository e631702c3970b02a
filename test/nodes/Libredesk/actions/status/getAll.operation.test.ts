import { useResourceRig } from '../../../../helpers/resourceRig';
import { simCall } from '../../../../helpers/seed';

const { ctx, runJson } = useResourceRig('status', { operation: 'getAll', returnAll: true });

describe('Status → Get Many', () => {
	it("lists Libredesk's statuses and the ones added, filtered by category", async () => {
		await simCall(ctx.sim, 'POST', '/statuses', { name: 'On Hold', category: 'waiting' });
		expect((await runJson({})).map((status) => status.name)).toEqual([
			'Open',
			'Snoozed',
			'Resolved',
			'Closed',
			'On Hold',
		]);
		expect(
			(await runJson({ filters: { category: 'waiting' } })).map((status) => status.name),
		).toEqual(['Snoozed', 'On Hold']);
	});
});
