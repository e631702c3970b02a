import type { NodeOperationError } from 'n8n-workflow';

import { credentialsFor, requestsTo } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { passThrough } from '../../../../helpers/passThrough';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run, runAs, writes } = useResourceRig('conversation');

describe('Add / Remove / Set Tags: tag names', () => {
	it('refuses tag names Libredesk does not have, naming them, unless told to skip them', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const error = (await run({
			operation: 'addTags',
			conversationId: byUuid(uuid),
			tags: ['vip', 'refund', 'urgent'],
		}).catch((caught: unknown) => caught)) as NodeOperationError;
		expect(error.message).toMatch(/names tags Libredesk does not have: refund, urgent/);
		expect(writes()).toHaveLength(0);
		const [output] = await run({
			operation: 'addTags',
			conversationId: byUuid(uuid),
			tags: ['vip', 'refund'],
			skipUnknownTags: true,
		});
		expect(output.json.tags).toEqual(['vip']);
		expect(requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/tags`)[0].json).toEqual({
			tags: ['vip'],
			action: 'add_tags',
		});
	});

	it('a tags expression that resolves to an object is refused before any request', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(
			run({ operation: 'addTags', conversationId: byUuid(uuid), tags: '={{ { name: "vip" } }}' }),
		).rejects.toThrow('The "Tag Names or IDs" of item 0 is an object, not a list of names');
		expect(ctx.sim.requests).toHaveLength(0);
	});
});

describe('Add Tags / Set Tags → Create Missing Tags', () => {
	it('creates the tags Libredesk does not have, then adds them', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run({
			operation: 'addTags',
			conversationId: byUuid(uuid),
			tags: ['vip', 'refund-2026', 'refund-2026'],
			createMissingTags: true,
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/tags').map((request) => request.json)).toEqual([
			{ name: 'refund-2026' },
		]);
		expect(output.json.tags).toEqual(['vip', 'refund-2026']);
	});

	it('Set Tags creates them too; without the option an unknown tag still stops the item', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const at = byUuid(uuid);
		await expect(
			run({ operation: 'setTags', conversationId: at, tags: ['brand-new'] }),
		).rejects.toThrow(/names tags Libredesk does not have: brand-new/);
		const [output] = await run({
			operation: 'setTags',
			conversationId: at,
			tags: ['brand-new'],
			createMissingTags: true,
		});
		expect(output.json.tags).toEqual(['brand-new']);
	});

	it("without tags:manage: Libredesk's 403 names the permission, and nothing is tagged", async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const error = await runAs('agent', {
			operation: 'addTags',
			conversationId: byUuid(uuid),
			tags: ['not-there-yet'],
			createMissingTags: true,
		}).catch((caught: Error) => caught);
		expect((error as Error).message).toBe(
			'Libredesk: Permission denied (HTTP 403, PermissionException)',
		);
		expect((error as { description?: string }).description).toMatch(/tags:manage/);
		expect(requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/tags`)).toHaveLength(0);
	});

	it('a failure after some tags were created says which ones (they stay)', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		let creates = 0;
		const libredesk = await passThrough(ctx.sim, (req, res) => {
			if (req.method !== 'POST' || req.url !== '/api/v1/tags' || ++creates < 2) return false;
			res.writeHead(500, { 'Content-Type': 'application/json' }).end(
				JSON.stringify({
					status: 'error',
					message: 'Something went wrong',
					data: null,
					error_type: 'GeneralException',
				}),
			);
			return true;
		});
		try {
			const node = libredeskNode({
				resource: 'conversation',
				operation: 'addTags',
				conversationId: byUuid(uuid),
				tags: ['first-new', 'second-new'],
				createMissingTags: true,
			});
			const error = (await runNode(
				node,
				[{ json: {} }],
				credentialsFor(ctx.sim, { baseUrl: libredesk.url }),
			).catch((caught: Error) => caught)) as Error & { description?: string };
			expect(error.message).toBe('Libredesk: Something went wrong (HTTP 500, GeneralException)');
			expect(error.description).toMatch(
				/Tags created before the failure \(they stay in Libredesk\): first-new\.$/,
			);
			expect(ctx.sim.state.tags.map((tag) => tag.name)).toContain('first-new');
			expect(requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/tags`)).toHaveLength(0);
		} finally {
			await libredesk.close();
		}
	});
});
