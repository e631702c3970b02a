import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs, writes } = useResourceRig('team', { operation: 'create' });

describe('Team → Create', () => {
	it('creates a team with every field Libredesk stores, and outputs it', async () => {
		const [output] = await run({
			name: 'Escalations',
			conversationAssignmentType: 'Round robin',
			additionalFields: { emoji: '🔥', timezone: 'Europe/Berlin', maxAutoAssignedConversations: 5 },
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/teams')[0].json).toEqual({
			name: 'Escalations',
			conversation_assignment_type: 'Round robin',
			emoji: '🔥',
			timezone: 'Europe/Berlin',
			max_auto_assigned_conversations: 5,
			business_hours_id: null,
			sla_policy_id: null,
		});
		expect(output.json).toMatchObject({
			id: expect.any(Number),
			name: 'Escalations',
			conversation_assignment_type: 'Round robin',
			timezone: 'Europe/Berlin',
		});
	});

	it.each([
		[{ name: '' }, 'The "Name" of item 0 is empty'],
		[{ name: 'Billing' }, 'The "Name" of item 0 is "Billing", which team 1 already has'],
		[
			{ name: 'T', additionalFields: { timezone: 'Mars/Olympus' } },
			'The "Timezone" of item 0 is "Mars/Olympus", which is not a timezone',
		],
		[
			{ name: 'T', additionalFields: { maxAutoAssignedConversations: -1 } },
			'The "Max Auto-Assigned Conversations" of item 0 is -1',
		],
		[
			{ name: 'T', additionalFields: { businessHoursId: 1.5 } },
			'The "Business Hours ID" of item 0 is not a positive whole number: 1.5',
		],
		[
			{ name: 'T', conversationAssignmentType: 'Random' },
			'The "Conversation Assignment Type" of item 0 is "Random"',
		],
	])('refuses %j before sending: %s', async (parameters, message) => {
		ctx.sim.clearRequests();
		await expect(run({ conversationAssignmentType: 'Manual', ...parameters })).rejects.toThrow(
			message,
		);
		expect(writes()).toHaveLength(0);
	});

	it('keeps the meaning of a Libredesk 500 (unknown business hours) with a hint, and never re-sends', async () => {
		ctx.sim.clearRequests();
		const error = await run({
			name: 'With hours',
			conversationAssignmentType: 'Manual',
			additionalFields: { businessHoursId: 77 },
		}).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Something went wrong (HTTP 500, GeneralException)');
		expect(error.description).toMatch(/business hours or SLA policy ID may not exist/);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/teams')).toHaveLength(1);
	});

	it("without teams:manage: Libredesk's 403 names the permission", async () => {
		const error = await runAs('agent', {
			name: 'Nope',
			conversationAssignmentType: 'Manual',
		}).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(error.description).toMatch(/teams:manage/);
	});
});
