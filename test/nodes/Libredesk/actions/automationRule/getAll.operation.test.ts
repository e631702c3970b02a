import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, runJson, runAs } = useResourceRig('automationRule', {
	operation: 'getAll',
	returnAll: true,
});

describe('Automation Rule → Get Many', () => {
	it('lists the rules of every type, one request per type', async () => {
		const rules = await runJson({});
		expect(rules.map((rule) => [rule.name, rule.type, rule.enabled])).toEqual([
			['Auto-assign billing', 'new_conversation', true],
			['Escalate urgent', 'conversation_update', false],
			['Close stale', 'time_trigger', true],
		]);
		expect(ctx.sim.requests.map((request) => [request.path, request.query.type])).toEqual([
			['/api/v1/automations/rules', 'new_conversation'],
			['/api/v1/automations/rules', 'conversation_update'],
			['/api/v1/automations/rules', 'time_trigger'],
		]);
	});

	it('filters by type and leaves out disabled rules on request', async () => {
		expect(
			(await runJson({ filters: { type: 'conversation_update' } })).map((rule) => rule.name),
		).toEqual(['Escalate urgent']);
		expect((await runJson({ filters: { enabledOnly: true } })).map((rule) => rule.name)).toEqual([
			'Auto-assign billing',
			'Close stale',
		]);
		expect((await runJson({ returnAll: false, limit: 1 })).map((rule) => rule.name)).toEqual([
			'Auto-assign billing',
		]);
	});

	it('needs automations:manage, which the error names', async () => {
		const error = await runAs('agent', {}).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(error.description).toMatch(/automations:manage/);
	});
});
