import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run, writes } = useResourceRig('status', { operation: 'update' });

describe('Status → Update', () => {
	it('renames a status and keeps its category; conversations show the new name', async () => {
		const status = await simCall<{ id: number }>(ctx.sim, 'POST', '/statuses', {
			name: 'Pending',
			category: 'waiting',
		});
		const { uuid } = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'PUT', `/conversations/${uuid}/status`, { status: 'Pending' });
		const [output] = await run({ statusId: byId(status.id), updateFields: { name: 'On Hold' } });
		expect(output.json).toMatchObject({ id: status.id, name: 'On Hold', category: 'waiting' });
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/statuses/${status.id}`)[0].json).toEqual({
			name: 'On Hold',
			category: 'waiting',
		});
		expect(ctx.sim.state.conversations.find((c) => c.uuid === uuid)?.status).toBe('On Hold');
		const [recategorised] = await run({
			statusId: byId(status.id),
			updateFields: { category: 'open' },
		});
		expect(recategorised.json).toMatchObject({ name: 'On Hold', category: 'open' });
	});

	it("refuses Libredesk's default statuses, missing ones, taken names and no change, before sending", async () => {
		const mine = await simCall<{ id: number }>(ctx.sim, 'POST', '/statuses', {
			name: 'Mine',
			category: 'open',
		});
		ctx.sim.clearRequests();
		await expect(run({ statusId: byId(1), updateFields: { name: 'Opened' } })).rejects.toThrow(
			`The "Status" of item 0 is "Open", one of Libredesk's default statuses`,
		);
		await expect(run({ statusId: byId(999), updateFields: { name: 'X' } })).rejects.toThrow(
			'The "Status" of item 0 is 999, but Libredesk has no status with this ID',
		);
		await expect(
			run({ statusId: byId(mine.id), updateFields: { name: 'Resolved' } }),
		).rejects.toThrow(/The "Name" of item 0 is "Resolved", which status 3 already has/);
		await expect(run({ statusId: byId(mine.id), updateFields: {} })).rejects.toThrow(
			'The "Update Fields" of item 0 are empty',
		);
		expect(writes()).toHaveLength(0);
	});

	it('keeps its own name without a conflict', async () => {
		const same = await simCall<{ id: number }>(ctx.sim, 'POST', '/statuses', {
			name: 'Same',
			category: 'open',
		});
		const [output] = await run({ statusId: byId(same.id), updateFields: { name: 'Same' } });
		expect(output.json).toMatchObject({ id: same.id, name: 'Same' });
	});

	it("a status deleted meanwhile: Libredesk's bare 500 comes with a hint", async () => {
		const gone = await simCall<{ id: number }>(ctx.sim, 'POST', '/statuses', {
			name: 'Gone',
			category: 'open',
		});
		ctx.sim.injectFault({ match: /^PUT \/api\/v1\/statuses\//, kind: 'status', status: 500 });
		const error = await run({ statusId: byId(gone.id), updateFields: { name: 'Went' } }).catch(
			(caught) => caught,
		);
		expect(error.message).toMatch(/HTTP 500/);
		expect(error.description).toMatch(/deleted meanwhile, or another status took the name/);
	});
});
