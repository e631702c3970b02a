import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, runJson, writes } = useResourceRig('automationRule', { operation: 'enable' });
const rule = (id: number) => ctx.sim.state.automationRules.find((entry) => entry.id === id)!;

describe('Automation Rule → Enable', () => {
	it('turns a disabled rule on', async () => {
		rule(2).enabled = false;
		expect(await runJson({ automationRule: byId(2) })).toEqual([
			expect.objectContaining({ id: 2, name: 'Escalate urgent', enabled: true, changed: true }),
		]);
		expect(rule(2).enabled).toBe(true);
	});

	it('leaves an enabled rule on without toggling it', async () => {
		rule(3).enabled = true;
		expect(await runJson({ automationRule: byId(3) })).toEqual([
			expect.objectContaining({ id: 3, enabled: true, changed: false }),
		]);
		expect(writes()).toHaveLength(0);
	});

	it("a server error on the toggle keeps Libredesk's status and message", async () => {
		rule(2).enabled = false;
		ctx.sim.injectFault({ match: /toggle$/, kind: 'status', status: 500 });
		const error = await runJson({ automationRule: byId(2) }).catch((caught) => caught);
		expect(error.message).toMatch(/HTTP 500/);
		expect(rule(2).enabled).toBe(false);
	});
});
