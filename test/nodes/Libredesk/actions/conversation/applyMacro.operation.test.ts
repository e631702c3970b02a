import { credentialsFor, requestsTo } from '../../../../helpers/fixtures';
import { loadOptions } from '../../../../helpers/n8n';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('conversation', { operation: 'applyMacro' });

describe('Conversation → Apply Macro', () => {
	it('lists macros with what they do', async () => {
		expect(await loadOptions('getMacros', credentialsFor(ctx.sim))).toEqual([
			{ name: 'Auto reply', value: 3, description: 'send reply' },
			{ name: 'Escalate to Billing', value: 1, description: 'assign team, add tags, set priority' },
			{ name: 'Resolve', value: 2, description: 'set status' },
		]);
	});

	it("sends the macro's own actions and outputs the changed conversation with the macro's reply text", async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const [output] = await run({ conversationId: byUuid(uuid), macroId: 1 });
		const [apply] = requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/macros/1/apply`);
		expect(apply.json).toEqual([
			{ type: 'assign_team', value: ['1'] },
			{ type: 'add_tags', value: ['billing', 'vip'] },
			{ type: 'set_priority', value: ['3'] },
		]);
		expect(output.json).toMatchObject({
			uuid,
			assigned_team_id: 1,
			tags: ['billing', 'vip'],
			priority: 'High',
			macro: {
				id: 1,
				name: 'Escalate to Billing',
				message_content: '<p>We passed this to our billing team.</p>',
			},
		});
	});

	it('reads the macros once per run, and checks every item before the first apply', async () => {
		const first = await seedConversation(ctx.sim);
		const second = await seedConversation(ctx.sim);
		const items = [first, second, first].map(({ uuid }, n) => ({
			json: { uuid, macro: n === 2 ? 3 : 2 },
		}));
		ctx.sim.clearRequests();
		await expect(
			run({ conversationId: byUuid('={{ $json.uuid }}'), macroId: '={{ $json.macro }}' }, items),
		).rejects.toThrow('The "Macro Name or ID" of item 2 names macro "Auto reply"');
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/macros')).toHaveLength(1);
		expect(ctx.sim.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
	});

	it('refuses a macro Libredesk would not run, and an unknown macro, without applying anything', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(run({ conversationId: byUuid(uuid), macroId: 3 })).rejects.toThrow(
			/macro "Auto reply", whose actions Libredesk does not run from a macro: send_reply/,
		);
		await expect(run({ conversationId: byUuid(uuid), macroId: 99 })).rejects.toThrow(
			/"Macro Name or ID" of item 0 is 99, which Libredesk does not have/,
		);
		expect(ctx.sim.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
	});

	it('a partly applied macro fails the item and says the conversation changed already', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const macro = ctx.sim.state.macros[0];
		const original = macro.actions;
		macro.actions = [
			{ type: 'add_tags', value: ['bug'] },
			{ type: 'assign_team', value: ['99'] },
		];
		try {
			const error = await run({ conversationId: byUuid(uuid), macroId: 1 }).catch(
				(caught: Error) => caught,
			);
			expect((error as Error).message).toMatch(
				/applied only some actions of macro "Escalate to Billing"/,
			);
			expect((error as { description?: string }).description).toMatch(/changed already .*"bug"/);
		} finally {
			macro.actions = original;
		}
	});

	it.each([
		['applied', 'Libredesk applied macro "Escalate to Billing"', undefined],
		['partly applied', 'Libredesk applied only some actions of macro "Escalate to Billing"', '99'],
	])(
		'a macro %s, then a failed read-back: the error says the conversation was changed',
		async (_case, changed, unknownTeam) => {
			const { uuid } = await seedConversation(ctx.sim);
			const macro = ctx.sim.state.macros[0];
			const original = macro.actions;
			if (unknownTeam)
				macro.actions = [
					{ type: 'add_tags', value: ['bug'] },
					{ type: 'assign_team', value: [unknownTeam] },
				];
			ctx.sim.injectFault({
				kind: 'status',
				status: 403,
				match: new RegExp(`^GET /api/v1/conversations/${uuid}$`),
			});
			try {
				const error = (await run({ conversationId: byUuid(uuid), macroId: 1 }).catch(
					(caught: Error) => caught,
				)) as Error & { description?: string };
				expect(error.message).toContain(
					`${changed} to conversation ${uuid}, but reading it back failed: Libredesk:`,
				);
				expect(error.description).toMatch(
					/already: look in Libredesk, and do not run the item again/,
				);
				expect(
					requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/macros/1/apply`),
				).toHaveLength(1);
			} finally {
				macro.actions = original;
			}
		},
	);

	it('without the permission an action needs: the 403 hint names the cause', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const admin = ctx.sim.state.users[0];
		// A role without conversations:update_status, which the macro's set_status needs.
		admin.roles = ['Contact Messages'];
		const error = await run({ conversationId: byUuid(uuid), macroId: 2 })
			.catch((caught: Error) => caught)
			.finally(() => (admin.roles = ['Admin']));
		expect((error as Error).message).toBe(
			'Libredesk: Permission denied for some macro actions (HTTP 403, PermissionException)',
		);
		expect((error as { description?: string }).description).toMatch(
			/lacks a permission one of the macro's actions needs/,
		);
	});
});
