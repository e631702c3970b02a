import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs } = useResourceRig('customAttribute', { operation: 'get' });

describe('Custom Attribute → Get', () => {
	it('gets a definition', async () => {
		expect(await runJson({ customAttribute: byId(3) })).toEqual([
			expect.objectContaining({ id: 3, key: 'crm_id', applies_to: 'contact', values: [] }),
		]);
	});

	it('keeps Libredesk\'s 404 "Custom attribute not found"', async () => {
		const error = await runJson({ customAttribute: byId(999) }).catch((caught) => caught);
		expect(error.message).toBe(
			'Libredesk: Custom attribute not found (HTTP 404, NotFoundException)',
		);
		expect(error.description).toMatch(/no custom attribute with this ID/);
	});

	it('needs custom_attributes:manage', async () => {
		const error = await runAs('agent', { customAttribute: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/custom_attributes:manage/);
	});
});
