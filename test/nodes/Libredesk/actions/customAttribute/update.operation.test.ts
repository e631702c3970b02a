import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';
import { simCall } from '../../../../helpers/seed';

const { ctx, run, writes } = useResourceRig('customAttribute', { operation: 'update' });

describe('Custom Attribute → Update', () => {
	it('changes the fields given and sends the others as they are (Libredesk replaces all)', async () => {
		const made = await simCall<{ id: number }>(ctx.sim, 'POST', '/custom-attributes', {
			applies_to: 'conversation',
			key: 'plan_code',
			name: 'Plan code',
			data_type: 'list',
			description: 'The plan',
			values: ['A', 'B'],
		});
		const [output] = await run({
			customAttribute: byId(made.id),
			updateFields: { name: 'Plan name', regex: '^[A-Z]' },
		});
		expect(output.json).toMatchObject({ key: 'plan_code', name: 'Plan name', regex: '^[A-Z]' });
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/custom-attributes/${made.id}`)[0].json).toEqual({
			applies_to: 'conversation',
			key: 'plan_code',
			data_type: 'list',
			name: 'Plan name',
			description: 'The plan',
			values: ['A', 'B'],
			regex: '^[A-Z]',
			regex_hint: '',
		});
	});

	it('refuses a missing attribute (Libredesk: a bare 500) and an empty change, before sending', async () => {
		await expect(run({ customAttribute: byId(999), updateFields: { name: 'x' } })).rejects.toThrow(
			'The "Custom Attribute" of item 0 is 999, but Libredesk has no custom attribute with this ID',
		);
		await expect(run({ customAttribute: byId(1), updateFields: {} })).rejects.toThrow(
			'The "Update Fields" of item 0 are empty',
		);
		// A definition without a description (possible in the database) needs one to be saved.
		await expect(
			run({ customAttribute: byId(1), updateFields: { name: 'Order' } }),
		).rejects.toThrow('The "Description" of item 0 is empty');
		expect(writes()).toHaveLength(0);
	});
});
