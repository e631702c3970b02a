import { NodeHelpers, NodeOperationError } from 'n8n-workflow';

import { requestsTo } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';
import { Libredesk } from '../../../../../nodes/Libredesk/Libredesk.node';

const { ctx, run, writes, storedConversation } = useResourceRig('conversation', {
	operation: 'updateStatus',
});

const properties = new Libredesk().description.properties;
const shown = (status: string) =>
	'snoozeFor' in
	(NodeHelpers.getNodeParameters(
		properties,
		{ resource: 'conversation', operation: 'updateStatus', status, snoozeFor: '2h' },
		false,
		false,
		null,
		null,
	) ?? {});

describe('Conversation → Update Status: Snooze For', () => {
	it('is shown for Snoozed, and for a status given by an expression, and for nothing else', () => {
		expect(shown('Snoozed')).toBe(true);
		expect(shown('={{ $json.status }}')).toBe(true);
		expect(shown('Open')).toBe(false);
		expect(shown('Resolved')).toBe(false);
	});
});

describe('Conversation → Update Status', () => {
	it('sets the status and outputs the conversation read back', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run({
			conversationId: byUuid(uuid),
			status: 'Resolved',
		});
		expect(output.json).toMatchObject({ uuid, status: 'Resolved', status_category: 'resolved' });
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/status`)[0].json).toEqual({
			status: 'Resolved',
		});
	});

	it('snoozes for a Go duration', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await run({
			conversationId: byUuid(uuid),
			status: 'Snoozed',
			snoozeFor: '1h 30m',
		});
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/status`)[0].json).toEqual({
			status: 'Snoozed',
			snoozed_until: '1h30m',
		});
	});

	it.each([['3 days'], ['tomorrow'], ['']])(
		'refuses the snooze duration %p before any request',
		async (snoozeFor) => {
			const { uuid } = await seedConversation(ctx.sim);
			ctx.sim.clearRequests();
			await expect(
				run({
					conversationId: byUuid(uuid),
					status: 'Snoozed',
					snoozeFor,
				}),
			).rejects.toThrow(/"Snooze For" of item 0/);
			expect(ctx.sim.requests).toHaveLength(0);
		},
	);

	it('refuses an unknown status (Libredesk would fail with a 500) and changes nothing', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const error = await run({
			conversationId: byUuid(uuid),
			status: 'Done',
		}).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as NodeOperationError).description).toBe(
			'Use one of: Open, Snoozed, Resolved, Closed.',
		);
		expect(writes()).toHaveLength(0);
		expect(storedConversation(uuid).status).toBe('Open');
	});
});
