import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs, writes } = useResourceRig('macro', { operation: 'create' });
const actions = (...entries: Array<[string, string]>) => ({
	action: entries.map(([type, value]) => ({ type, value })),
});

describe('Macro → Create', () => {
	it('creates a macro, with names turned into the IDs Libredesk wants and team_id as a string', async () => {
		const [output] = await run({
			name: 'Hand to Billing',
			actions: actions(
				['assign_team', 'Billing'],
				['set_status', 'Resolved'],
				['add_tags', 'vip, bug'],
			),
			additionalFields: { visibility: 'team', teamId: 2, messageContent: '<p>Done</p>' },
		});
		expect(output.json).toMatchObject({
			name: 'Hand to Billing',
			team_id: '2',
			visibility: 'team',
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/macros')[0].json).toEqual({
			name: 'Hand to Billing',
			message_content: '<p>Done</p>',
			visibility: 'team',
			visible_when: ['replying', 'starting_conversation', 'adding_private_note'],
			actions: [
				{ type: 'assign_team', value: ['1'] },
				{ type: 'set_status', value: ['3'] },
				{ type: 'add_tags', value: ['vip', 'bug'] },
			],
			user_id: null,
			team_id: '2',
		});
	});

	it('refuses what Libredesk would store but never apply, before sending', async () => {
		const refused = async (parameters: object, message: string | RegExp) =>
			await expect(
				run({ name: 'Bad', actions: actions(['set_priority', 'High']), ...parameters }),
			).rejects.toThrow(message);
		await refused(
			{ actions: actions(['set_status', 'Gone']) },
			'The "Actions" of item 0 is "Gone", which Libredesk does not have',
		);
		await refused(
			{ actions: actions(['add_tags', 'vip, nope']) },
			'have "add_tags" with tags Libredesk does not have: nope',
		);
		await refused({ actions: actions(['add_tags', ' ']) }, 'have "add_tags" without tags');
		await refused(
			{ actions: actions(['set_priority', 'Low'], ['set_priority', 'High']) },
			'have "set_priority" twice',
		);
		await refused(
			{ actions: actions(['send_reply', 'Hi']) },
			/"send_reply", which Libredesk does not run from a macro/,
		);
		await refused(
			{ actions: actions(['assign_user', '999']) },
			'is 999, but Libredesk has no agent with this ID',
		);
		await refused({ additionalFields: { visibility: 'team' } }, 'The "Team ID" of item 0 is empty');
		await refused(
			{ additionalFields: { visibility: 'user', agentId: 999 } },
			/no agent with this ID/,
		);
		await refused({ additionalFields: { visibleWhen: [] } }, 'The "Visible When" of item 0 is []');
		await refused({ actions: {} }, 'The "Actions" of item 0 are empty and so is the Reply Text');
		await refused({ name: '' }, 'The "Name" of item 0 is empty');
		expect(writes()).toHaveLength(0);
	});

	it('needs macros:manage', async () => {
		const error = await runAs('agent', {
			name: 'Never',
			actions: actions(['set_priority', 'High']),
		}).catch((caught) => caught);
		expect(error.description).toMatch(/macros:manage/);
	});

	it('is never sent twice when the answer is lost', async () => {
		ctx.sim.injectFault({ match: /^POST \/api\/v1\/macros$/, kind: 'drop' });
		const error = await run({ name: 'Lost', actions: actions(['set_priority', '1']) }).catch(
			(caught) => caught,
		);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/macros')).toHaveLength(1);
		expect(error.description).toMatch(/The macro "Lost" may have been created/);
	});
});
