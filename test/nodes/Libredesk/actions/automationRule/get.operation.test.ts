import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs, ctx } = useResourceRig('automationRule', { operation: 'get' });

describe('Automation Rule → Get', () => {
	it('gets a rule with its conditions and actions', async () => {
		expect(await runJson({ automationRule: byId(2) })).toEqual([
			expect.objectContaining({
				id: 2,
				name: 'Escalate urgent',
				type: 'conversation_update',
				enabled: false,
				events: ['conversation.priority.change'],
				rules: expect.any(Array),
			}),
		]);
	});

	it('keeps Libredesk\'s 400 "Rule not found" for a missing rule, with a hint', async () => {
		const error = await runJson({ automationRule: byId(999) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Rule not found (HTTP 400, InputException)');
		expect(error.description).toMatch(/no automation rule with this ID/);
	});

	it('refuses an ID that is not a number before sending', async () => {
		await expect(runJson({ automationRule: byId('x') })).rejects.toThrow(
			'The "Automation Rule" of item 0 is not a positive whole number: "x"',
		);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('needs automations:manage', async () => {
		const error = await runAs('agent', { automationRule: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/automations:manage/);
	});
});
