import { byId, useResourceRig } from '../../../../helpers/resourceRig';
import { simCall } from '../../../../helpers/seed';

const { ctx, run, runAs, writes } = useResourceRig('customAttribute', { operation: 'delete' });

describe('Custom Attribute → Delete', () => {
	it('deletes a definition', async () => {
		const made = await simCall<{ id: number }>(ctx.sim, 'POST', '/custom-attributes', {
			applies_to: 'contact',
			key: 'gone',
			name: 'Gone',
			data_type: 'text',
			description: 'to delete',
			values: [],
		});
		const [output] = await run({ customAttribute: byId(made.id) });
		expect(output.json).toEqual({ deleted: true, id: made.id });
		expect(ctx.sim.state.customAttributes.map((attribute) => attribute.key)).not.toContain('gone');
	});

	it('refuses a missing one, which Libredesk would answer with success', async () => {
		await expect(run({ customAttribute: byId(999) })).rejects.toThrow(
			'The "Custom Attribute" of item 0 is 999, but Libredesk has no custom attribute with this ID',
		);
		expect(writes()).toHaveLength(0);
	});

	it('needs custom_attributes:manage', async () => {
		const error = await runAs('agent', { customAttribute: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/custom_attributes:manage/);
	});
});
