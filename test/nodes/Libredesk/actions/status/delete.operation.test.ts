import { byId, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run, runAs, writes } = useResourceRig('status', { operation: 'delete' });

describe('Status → Delete', () => {
	it('deletes a status no conversation has', async () => {
		const status = await simCall<{ id: number }>(ctx.sim, 'POST', '/statuses', {
			name: 'Temporary',
			category: 'open',
		});
		const [output] = await run({ statusId: byId(status.id) });
		expect(output.json).toEqual({ deleted: true, id: status.id });
		expect(ctx.sim.state.statuses.map((entry) => entry.name)).not.toContain('Temporary');
	});

	it('refuses a default or missing status before sending', async () => {
		await expect(run({ statusId: byId(4) })).rejects.toThrow(
			`The "Status" of item 0 is "Closed", one of Libredesk's default statuses`,
		);
		await expect(run({ statusId: byId(999) })).rejects.toThrow(
			'The "Status" of item 0 is 999, but Libredesk has no status with this ID',
		);
		expect(writes()).toHaveLength(0);
	});

	it("a status in use keeps Libredesk's 400 and says what to do", async () => {
		const status = await simCall<{ id: number }>(ctx.sim, 'POST', '/statuses', {
			name: 'Busy',
			category: 'open',
		});
		const { uuid } = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'PUT', `/conversations/${uuid}/status`, { status: 'Busy' });
		const error = await run({ statusId: byId(status.id) }).catch((caught) => caught);
		expect(error.message).toBe(
			'Libredesk: Cannot delete status as it is in use, Please remove this status from all conversations before deleting (HTTP 400, InputException)',
		);
		expect(error.description).toMatch(/Conversation → Update Status/);
	});

	it('needs status:manage', async () => {
		const status = await simCall<{ id: number }>(ctx.sim, 'POST', '/statuses', {
			name: 'Theirs',
			category: 'open',
		});
		const error = await runAs('agent', { statusId: byId(status.id) }).catch((caught) => caught);
		expect(error.description).toMatch(/status:manage/);
	});
});
