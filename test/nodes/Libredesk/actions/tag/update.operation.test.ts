import { byId, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run, writes } = useResourceRig('tag', { operation: 'update' });

describe('Tag → Update', () => {
	it('renames a tag; conversations show the new name', async () => {
		const tag = await simCall<{ id: number }>(ctx.sim, 'POST', '/tags', { name: 'old-name' });
		const { uuid } = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${uuid}/tags`, { tags: ['old-name'] });
		const [output] = await run({ tag: byId(tag.id), name: 'new-name' });
		expect(output.json).toMatchObject({ id: tag.id, name: 'new-name' });
		expect(ctx.sim.state.conversations.find((c) => c.uuid === uuid)?.tags).toEqual(['new-name']);
	});

	it('keeps its own name without a conflict', async () => {
		const tag = await simCall<{ id: number }>(ctx.sim, 'POST', '/tags', { name: 'same' });
		const [output] = await run({ tag: byId(tag.id), name: 'same' });
		expect(output.json).toMatchObject({ id: tag.id, name: 'same' });
	});

	it('refuses a missing tag or a taken name, which Libredesk answers with a bare 500', async () => {
		ctx.sim.clearRequests();
		await expect(run({ tag: byId(9999), name: 'x' })).rejects.toThrow(
			'The "Tag" of item 0 is 9999, but Libredesk has no tag with this ID',
		);
		await expect(run({ tag: byId(1), name: 'vip' })).rejects.toThrow(
			/The "Name" of item 0 is "vip", which tag 3 already has/,
		);
		await expect(run({ tag: byId('abc'), name: 'x' })).rejects.toThrow(
			'The "Tag" of item 0 is not a positive whole number: "abc"',
		);
		expect(writes()).toHaveLength(0);
	});
});
