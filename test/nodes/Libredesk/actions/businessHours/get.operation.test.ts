import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs } = useResourceRig('businessHours', { operation: 'get' });

describe('Business Hours → Get', () => {
	it('gets business hours', async () => {
		expect(await runJson({ businessHours: byId(1) })).toEqual([
			expect.objectContaining({ id: 1, name: 'Office', description: 'Monday to Friday' }),
		]);
	});

	it('keeps Libredesk\'s 404 "business hours not found"', async () => {
		const error = await runJson({ businessHours: byId(999) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: business hours not found (HTTP 404, NotFoundException)');
		expect(error.description).toMatch(/no business hours with this ID/);
	});

	it('needs business_hours:manage', async () => {
		const error = await runAs('agent', { businessHours: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/business_hours:manage/);
	});
});
