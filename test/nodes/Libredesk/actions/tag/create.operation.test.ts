import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs, writes } = useResourceRig('tag', { operation: 'create' });

describe('Tag → Create', () => {
	it('creates a tag and outputs it', async () => {
		const [output] = await run({ name: '  refund ' });
		expect(output.json).toMatchObject({ name: 'refund', id: expect.any(Number) });
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/tags')[0].json).toEqual({ name: 'refund' });
		expect(ctx.sim.state.tags.map((tag) => tag.name)).toContain('refund');
	});

	it('refuses an empty, too long or existing name before sending anything', async () => {
		await expect(run({ name: ' ' })).rejects.toThrow('The "Name" of item 0 is empty');
		await expect(run({ name: 'x'.repeat(141) })).rejects.toThrow(
			'The "Name" of item 0 is 141 characters long',
		);
		await expect(run({ name: 'vip' })).rejects.toThrow(
			/The "Name" of item 0 is "vip", which tag \d+ already has/,
		);
		expect(writes()).toHaveLength(0);
	});

	it("without tags:manage: Libredesk's 403 names the permission", async () => {
		const error = await runAs('agent', { name: 'never' }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(error.description).toMatch(/tags:manage/);
	});

	it('is never sent twice when the answer is lost', async () => {
		ctx.sim.injectFault({ match: /^POST \/api\/v1\/tags$/, kind: 'drop' });
		const error = await run({ name: 'lost' }).catch((caught) => caught);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/tags')).toHaveLength(1);
		expect(error.description).toMatch(/The tag "lost" may have been created/);
	});
});
