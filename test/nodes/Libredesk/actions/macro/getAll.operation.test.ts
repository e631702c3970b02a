import { useResourceRig } from '../../../../helpers/resourceRig';

const { runAs } = useResourceRig('macro', { operation: 'getAll' });

describe('Macro → Get Many', () => {
	it('lists the macros to any key, up to the limit', async () => {
		const all = await runAs('agent', { returnAll: true });
		expect(all.map((item) => item.json.name)).toEqual([
			'Escalate to Billing',
			'Resolve',
			'Auto reply',
		]);
		expect(await runAs('agent', { returnAll: false, limit: 2 })).toHaveLength(2);
	});
});
