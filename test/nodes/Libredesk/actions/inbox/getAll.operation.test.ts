import { useResourceRig } from '../../../../helpers/resourceRig';

const { runJson: run } = useResourceRig('inbox', { operation: 'getAll', returnAll: true });

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
