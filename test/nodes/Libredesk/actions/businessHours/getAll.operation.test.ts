import { useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs } = useResourceRig('businessHours', {
	operation: 'getAll',
	returnAll: true,
});

describe('Business Hours → Get Many', () => {
	it('lists the business hours with their days, for any key', async () => {
		const expected = [
			expect.objectContaining({
				id: 1,
				name: 'Office',
				is_always_open: false,
				hours: expect.objectContaining({ Monday: { open: '09:00', close: '17:00' } }),
				holidays: [],
			}),
		];
		expect(await runJson({})).toEqual(expected);
		expect((await runAs('agent', {})).map((item) => item.json)).toEqual(expected);
	});
});
