import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs } = useResourceRig('macro', { operation: 'delete' });

describe('Macro → Delete', () => {
	it("deletes a macro; a missing one keeps Libredesk's 404", async () => {
		const [output] = await run({ macro: byId(3) });
		expect(output.json).toEqual({ deleted: true, id: 3 });
		expect(ctx.sim.state.macros.map((macro) => macro.id)).not.toContain(3);
		const error = await run({ macro: byId(3) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Macro not found (HTTP 404, NotFoundException)');
		expect(error.description).toMatch(/no macro with this ID/);
	});

	it('needs macros:manage', async () => {
		const error = await runAs('agent', { macro: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/macros:manage/);
	});
});
