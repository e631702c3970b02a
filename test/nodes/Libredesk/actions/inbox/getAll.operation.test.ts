import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';

const ctx = useSimulator();
const run = async (parameters: Record<string, unknown>) =>
	(
		await runNode(
			libredeskNode({ resource: 'inbox', operation: 'getAll', returnAll: true, ...parameters }),
			[{ json: {} }],
			credentialsFor(ctx.sim),
		)
	).map((item) => item.json);

describe('Inbox → Get Many', () => {
	it('lists inboxes without their mail server settings, filtered by channel and state', async () => {
		const all = await run({});
		expect(all.map((inbox) => inbox.name)).toEqual([
			'Support',
			'Billing',
			'Old Sales',
			'Website Chat',
		]);
		expect(all.every((inbox) => !('config' in inbox))).toBe(true);
		expect(
			(await run({ filters: { channel: 'email', enabledOnly: true } })).map((inbox) => inbox.name),
		).toEqual(['Support', 'Billing']);
		expect((await run({ filters: { channel: 'livechat' } })).map((inbox) => inbox.name)).toEqual([
			'Website Chat',
		]);
	});
});
