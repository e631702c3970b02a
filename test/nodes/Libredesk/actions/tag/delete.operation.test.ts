import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';
import { simCall } from '../../../../helpers/seed';

const { ctx, run, writes } = useResourceRig('tag', { operation: 'delete' });

describe('Tag → Delete', () => {
	it('deletes the tag and outputs {deleted, id}', async () => {
		const tag = await simCall<{ id: number }>(ctx.sim, 'POST', '/tags', { name: 'temporary' });
		const [output] = await run({ tag: byId(tag.id) });
		expect(output.json).toEqual({ deleted: true, id: tag.id });
		expect(requestsTo(ctx.sim, 'DELETE', `/api/v1/tags/${tag.id}`)).toHaveLength(1);
		expect(ctx.sim.state.tags.some((candidate) => candidate.id === tag.id)).toBe(false);
	});

	it('a tag Libredesk does not have fails clearly (Libredesk would answer success)', async () => {
		ctx.sim.clearRequests();
		await expect(run({ tag: byId(4242) })).rejects.toThrow(
			'The "Tag" of item 0 is 4242, but Libredesk has no tag with this ID',
		);
		expect(writes()).toHaveLength(0);
	});
});
