import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runJson, runAs, writes } = useResourceRig('automationRule', {
	operation: 'disable',
});
const rule = (id: number) => ctx.sim.state.automationRules.find((entry) => entry.id === id)!;

describe('Automation Rule → Disable', () => {
	it('turns an enabled rule off and says it changed it', async () => {
		rule(1).enabled = true;
		expect(await runJson({ automationRule: byId(1) })).toEqual([
			expect.objectContaining({ id: 1, enabled: false, changed: true }),
		]);
		expect(rule(1).enabled).toBe(false);
		expect(requestsTo(ctx.sim, 'PUT', '/api/v1/automations/rules/1/toggle')).toHaveLength(1);
	});

	it('leaves a disabled rule off: no toggle, `changed: false` (running twice never re-enables)', async () => {
		rule(1).enabled = false;
		const items = [{ json: {} }, { json: {} }];
		const outputs = await run({ automationRule: byId(1) }, items);
		expect(outputs.map((item) => item.json.changed)).toEqual([false, false]);
		expect(rule(1).enabled).toBe(false);
		expect(writes()).toHaveLength(0);
	});

	it('a missing rule stops at the read: nothing is toggled', async () => {
		const error = await runJson({ automationRule: byId(999) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Rule not found (HTTP 400, InputException)');
		expect(writes()).toHaveLength(0);
	});

	it('needs automations:manage', async () => {
		const error = await runAs('agent', { automationRule: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/automations:manage/);
		expect(writes()).toHaveLength(0);
	});
});
