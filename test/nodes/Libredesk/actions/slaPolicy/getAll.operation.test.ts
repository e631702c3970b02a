import { useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs } = useResourceRig('slaPolicy', { operation: 'getAll', returnAll: true });

describe('SLA Policy → Get Many', () => {
	it('lists the SLA policies with their targets, for any key', async () => {
		const expected = [
			expect.objectContaining({
				id: 1,
				name: 'Standard',
				first_response_time: '4h',
				resolution_time: '48h',
				next_response_time: null,
			}),
		];
		expect(await runJson({})).toEqual(expected);
		expect((await runAs('agent', {})).map((item) => item.json)).toEqual(expected);
	});
});
