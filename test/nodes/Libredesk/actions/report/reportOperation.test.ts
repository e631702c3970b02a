import { NodeOperationError } from 'n8n-workflow';

import { MAX_DAYS, readDays } from '../../../../../nodes/Libredesk/actions/report/reportOperation';
import { checkerFor } from '../../../../helpers/bareNode';
import { useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run, runAs } = useResourceRig('report');

/** The `data` of the simulator's answer to the n-th recorded request. */
const answerData = (index: number) =>
	(ctx.sim.requests[index].response?.body as { data: unknown }).data;

const OPERATIONS = [
	['getConversationTrend', 'charts'],
	['getCsat', 'csat'],
	['getMessageVolume', 'messages'],
	['getSla', 'sla'],
	['getTagDistribution', 'tags'],
] as const;

describe('Report operations', () => {
	it('Get Conversation Counts asks /reports/overview/counts with no period and outputs one item', async () => {
		await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const items = await run({ operation: 'getCounts' });
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual(answerData(0));
		expect(items[0].json).toMatchObject({ open: expect.any(Number), agents_offline: 4 });
		expect(ctx.sim.requests.map((request) => [request.path, request.query])).toEqual([
			['/api/v1/reports/overview/counts', {}],
		]);
	});

	it.each(OPERATIONS)(
		'%s sends the Days as `days` to /reports/overview/%s',
		async (operation, path) => {
			const [item] = await run({ operation, days: 30 });
			const [request] = ctx.sim.requests;
			expect(request.path).toBe(`/api/v1/reports/overview/${path}`);
			expect(request.query).toEqual({ days: '30' });
			expect(Object.keys(item.json)).toEqual(Object.keys(answerData(0) as object));
			ctx.sim.clearRequests();
			await run({ operation, days: 0 });
			expect(ctx.sim.requests[0].query).toEqual({ days: '0' });
		},
	);

	it('counts what the period holds: message volume and tags of new conversations', async () => {
		const tagged = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${tagged.uuid}/tags`, {
			tags: ['vip'],
			action: 'add_tags',
		});
		const [volume] = await run({ operation: 'getMessageVolume', days: 1 });
		expect(volume.json.total_messages).toBeGreaterThanOrEqual(1);
		const [tags] = await run({ operation: 'getTagDistribution', days: 1 });
		expect(tags.json.top_tags).toEqual(
			expect.arrayContaining([{ tag_id: 3, tag_name: 'vip', count: 1 }]),
		);
	});

	it.each([[-1], [7.5], ['abc'], [MAX_DAYS + 1], ['']])(
		'refuses Days %j before any request (Libredesk would read it as today)',
		async (days) => {
			await expect(run({ operation: 'getSla', days })).rejects.toThrow(/"Days" of item 0 is /);
			expect(ctx.sim.requests).toHaveLength(0);
		},
	);

	it("keeps Libredesk's 403 and names reports:manage in the hint", async () => {
		const error = (await runAs('agent', { operation: 'getCsat', days: 7 }).catch(
			(caught: Error) => caught,
		)) as Error & { description?: string };
		expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(error.description).toMatch(/reports:manage/);
	});
});

describe('readDays', () => {
	const check = checkerFor(0);

	it('takes whole numbers from 0 to MAX_DAYS, also as digits', () => {
		expect(readDays(check, 0)).toBe(0);
		expect(readDays(check, '90')).toBe(90);
		expect(readDays(check, MAX_DAYS)).toBe(MAX_DAYS);
	});

	it('says how to fix anything else', () => {
		expect(() => readDays(check, null)).toThrow(NodeOperationError);
		const error = (() => {
			try {
				readDays(check, '1e3');
			} catch (caught) {
				return caught as NodeOperationError;
			}
			return undefined;
		})();
		expect(error?.message).toBe('The "Days" of item 0 is "1e3"');
		expect(error?.description).toMatch(/whole number of days from 0 \(today since midnight\)/);
	});
});
