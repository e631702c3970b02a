import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { passThrough } from '../../../../helpers/passThrough';
import { seedConversation } from '../../../../helpers/seed';
import { SEED_KEYS } from '../../../../../simulator/state';

const ctx = useSimulator();
const run = async (parameters: INodeParameters, key: keyof typeof SEED_KEYS = 'admin') =>
	await runNode(
		libredeskNode({ resource: 'conversation', ...parameters }),
		[{ json: {} }],
		credentialsFor(ctx.sim, { apiKey: SEED_KEYS[key].key, apiSecret: SEED_KEYS[key].secret }),
	);

beforeEach(() => ctx.sim.clearRequests());

describe('Add Tags / Set Tags → Create Missing Tags', () => {
	it('creates the tags Libredesk does not have, then adds them', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run({
			operation: 'addTags',
			conversationId: { __rl: true, mode: 'id', value: uuid },
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
		const at = { __rl: true, mode: 'id', value: uuid };
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
		const error = await run(
			{
				operation: 'addTags',
				conversationId: { __rl: true, mode: 'id', value: uuid },
				tags: ['not-there-yet'],
				createMissingTags: true,
			},
			'agent',
		).catch((caught: Error) => caught);
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
				conversationId: { __rl: true, mode: 'id', value: uuid },
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
