import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';

const ctx = useSimulator();

describe('Team → Get Many', () => {
	it('lists the teams', async () => {
		const items = await runNode(
			libredeskNode({ resource: 'team', operation: 'getAll', returnAll: true }),
			[{ json: {} }],
			credentialsFor(ctx.sim),
		);
		expect(items.map((item) => item.json)).toEqual([
			{ id: 1, name: 'Billing', emoji: '💳' },
			{ id: 2, name: 'Tier 1', emoji: null },
		]);
	});
});
