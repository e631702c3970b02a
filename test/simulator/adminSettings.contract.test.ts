/**
 * Statuses, automation rules, one inbox and its toggle, SLA policies and business hours as
 * Libredesk v2.7.0 answers them, pinned for the simulator and run unchanged against a live
 * Libredesk by `npm run test:live`. Records made here carry the prefix `adm_` and are deleted after;
 * only records this run created are toggled.
 */
import { contractCalls, contractError, contractSuccess } from '../live/contractCalls';
import { useContractTarget } from '../live/contractTarget';

const ctx = useContractTarget();
const { call, created } = contractCalls(ctx);
const unique = (label: string) => `adm_${label}_${Math.random().toString(36).slice(2, 7)}`;
const somethingWentWrong = contractError(500, 'Something went wrong', 'GeneralException');
const forbidden = contractError(403, 'Permission denied', 'PermissionException');

describe('statuses (cmd/statuses.go)', () => {
	it('create checks the name (bytes) and category; a taken name is a bare 500', async () => {
		const name = unique('st');
		const status = await created<{ id: number }>('/statuses', { name, category: 'waiting' });
		expect(status).toEqual({
			id: expect.any(Number),
			created_at: expect.any(String),
			name,
			category: 'waiting',
		});
		expect(await call('POST', '/statuses', { name, category: 'open' })).toEqual(somethingWentWrong);
		expect(await call('POST', '/statuses', { name: unique('c'), category: 'bogus' })).toEqual(
			contractError(400, 'validation.invalidFields', 'InputException'),
		);
		expect(await call('POST', '/statuses', { name: unique('c') })).toEqual(
			contractError(400, 'validation.invalidFields', 'InputException'),
		);
		// 17 characters but 30 bytes: Libredesk counts bytes, and says "characters".
		expect(
			await call('POST', '/statuses', { name: `adm_${'é'.repeat(13)}`, category: 'open' }),
		).toEqual(
			contractError(400, 'Status is too long, should be at most 25 characters', 'InputException'),
		);
		expect(await call('POST', '/statuses', { name: '', category: 'open' })).toEqual(
			contractError(400, '`name` empty', 'InputException'),
		);
		expect(
			await call('POST', '/statuses', { name: unique('a'), category: 'open' }, 'agent'),
		).toEqual(forbidden);
	});

	it('update replaces name and category; default statuses are refused, a missing ID is a 500', async () => {
		const status = await created<{ id: number }>('/statuses', {
			name: unique('up'),
			category: 'open',
		});
		const renamed = unique('re');
		expect(
			await call('PUT', `/statuses/${status.id}`, { name: renamed, category: 'resolved' }),
		).toMatchObject(contractSuccess({ id: status.id, name: renamed, category: 'resolved' }));
		const listed = (await call('GET', '/statuses')).json.data as Array<{ name: string }>;
		expect(listed.slice(0, 4).map((entry) => entry.name)).toEqual([
			'Open',
			'Snoozed',
			'Resolved',
			'Closed',
		]);
		expect(listed.map((entry) => entry.name)).toContain(renamed);
		expect(await call('PUT', '/statuses/1', { name: 'Opened', category: 'open' })).toEqual(
			contractError(400, 'Cannot update default conversation status', 'InputException'),
		);
		expect(await call('PUT', '/statuses/987654', { name: unique('x'), category: 'open' })).toEqual(
			somethingWentWrong,
		);
	});

	it('delete: default statuses are refused, a missing ID is a 500', async () => {
		const status = (await call('POST', '/statuses', { name: unique('del'), category: 'open' })).json
			.data as { id: number };
		expect(await call('DELETE', `/statuses/${status.id}`)).toEqual(contractSuccess(true));
		expect(await call('DELETE', `/statuses/${status.id}`)).toEqual(somethingWentWrong);
		expect(await call('DELETE', '/statuses/4')).toEqual(
			contractError(400, 'Cannot update default conversation status', 'InputException'),
		);
	});
});

describe('automation rules (cmd/automation.go)', () => {
	// A rule that matches nothing and does nothing, so that it cannot disturb other tests.
	const inert = (name: string) => ({
		name,
		description: 'adm contract',
		type: 'conversation_update',
		events: ['conversation.priority.change'],
		rules: [
			{
				group_operator: 'OR',
				groups: [
					{
						logical_op: 'AND',
						rules: [
							{
								field: 'subject',
								field_type: 'conversation',
								operator: 'equals',
								value: 'adm_never_matches',
							},
						],
					},
				],
				actions: [],
			},
		],
	});

	it('create, get and the list of one type; no type lists nothing', async () => {
		const name = unique('rule');
		const rule = await created<{ id: number }>('/automations/rules', inert(name));
		expect(rule).toEqual({
			id: expect.any(Number),
			created_at: expect.any(String),
			updated_at: expect.any(String),
			name,
			description: 'adm contract',
			type: 'conversation_update',
			events: ['conversation.priority.change'],
			enabled: true,
			weight: 0,
			execution_mode: 'all',
			rules: inert(name).rules,
		});
		expect(await call('GET', `/automations/rules/${rule.id}`)).toEqual(contractSuccess(rule));
		const ofType = (await call('GET', '/automations/rules?type=conversation_update')).json
			.data as Array<{ id: number }>;
		expect(ofType.map((entry) => entry.id)).toContain(rule.id);
		expect(await call('GET', '/automations/rules')).toEqual(contractSuccess([]));
		expect(await call('GET', '/automations/rules?type=')).toEqual(contractSuccess([]));
		expect(await call('GET', '/automations/rules/987654')).toEqual(
			contractError(400, 'Rule not found', 'InputException'),
		);
		expect(
			await call('GET', '/automations/rules?type=new_conversation', undefined, 'agent'),
		).toEqual(forbidden);
	});

	it('toggle flips enabled and answers the rule; a missing rule is a 500; delete of one is success', async () => {
		const rule = await created<{ id: number }>('/automations/rules', inert(unique('tg')));
		expect(await call('PUT', `/automations/rules/${rule.id}/toggle`)).toMatchObject(
			contractSuccess({ id: rule.id, enabled: false }),
		);
		expect(await call('PUT', `/automations/rules/${rule.id}/toggle`)).toMatchObject(
			contractSuccess({ id: rule.id, enabled: true }),
		);
		expect(await call('PUT', '/automations/rules/987654/toggle')).toEqual(somethingWentWrong);
		expect(await call('DELETE', '/automations/rules/987654')).toEqual(contractSuccess(true));
	});
});

describe('one inbox and its toggle (cmd/inboxes.go)', () => {
	it('get leaves out nothing but masks secrets; a missing inbox is a 400', async () => {
		const id = ctx.target.inboxes.livechat;
		const answer = await call('GET', `/inboxes/${id}`);
		expect(answer).toMatchObject(
			contractSuccess({ id, channel: 'livechat', secret: '••••••••••' }),
		);
		expect(Object.keys(answer.json.data as object).sort()).toEqual([
			'channel',
			'config',
			'created_at',
			'csat_enabled',
			'enabled',
			'from',
			'from_name_template',
			'id',
			'linked_email_inbox_id',
			'name',
			'prompt_tags_on_reply',
			'secret',
			'updated_at',
			'uuid',
		]);
		const listed = (await call('GET', '/inboxes')).json.data as Array<{ id: number; secret: null }>;
		expect(listed.find((inbox) => inbox.id === id)?.secret).toBeNull();
		expect(await call('GET', '/inboxes/987654')).toEqual(
			contractError(400, 'Inbox not found', 'InputException'),
		);
		expect(await call('GET', `/inboxes/${id}`, undefined, 'agent')).toEqual(forbidden);
	});

	it('toggle flips enabled (this run’s own inbox, switched back); a missing inbox is an empty 200', async () => {
		const id = ctx.target.inboxes.livechat;
		expect(await call('PUT', `/inboxes/${id}/toggle`)).toMatchObject(
			contractSuccess({ id, enabled: false }),
		);
		expect(await call('PUT', `/inboxes/${id}/toggle`)).toMatchObject(
			contractSuccess({ id, enabled: true }),
		);
		const { key, secret } = ctx.target.keys.admin;
		const missing = await fetch(`${ctx.target.url}/api/v1/inboxes/987654/toggle`, {
			method: 'PUT',
			headers: { Authorization: `token ${key}:${secret}` },
		});
		expect([missing.status, await missing.text()]).toEqual([200, '']);
	});
});

describe('SLA policies and business hours (cmd/sla.go, cmd/business_hours.go)', () => {
	it('any key lists them; one needs sla:manage or business_hours:manage; a missing one is a 404', async () => {
		const policies = await call('GET', '/sla', undefined, 'agent');
		expect(policies.status).toBe(200);
		const [policy] = policies.json.data as Array<{ id: number }>;
		expect(Object.keys(policy).sort()).toEqual([
			'created_at',
			'description',
			'first_response_time',
			'id',
			'name',
			'next_response_time',
			'notifications',
			'resolution_time',
			'updated_at',
		]);
		expect(await call('GET', `/sla/${policy.id}`)).toEqual(contractSuccess(policy));
		expect(await call('GET', `/sla/${policy.id}`, undefined, 'agent')).toEqual(forbidden);
		expect(await call('GET', '/sla/987654')).toEqual(
			contractError(404, 'SLA not found', 'NotFoundException'),
		);
		expect(await call('GET', '/sla/abc')).toEqual(
			contractError(400, 'Something went wrong', 'InputException'),
		);

		const hours = await call('GET', '/business-hours', undefined, 'agent');
		const [first] = hours.json.data as Array<{ id: number }>;
		expect(Object.keys(first).sort()).toEqual([
			'created_at',
			'description',
			'holidays',
			'hours',
			'id',
			'is_always_open',
			'name',
			'updated_at',
		]);
		expect(await call('GET', `/business-hours/${first.id}`)).toEqual(contractSuccess(first));
		expect(await call('GET', `/business-hours/${first.id}`, undefined, 'agent')).toEqual(forbidden);
		expect(await call('GET', '/business-hours/987654')).toEqual(
			contractError(404, 'business hours not found', 'NotFoundException'),
		);
	});
});

describe('custom attribute definitions (cmd/custom_attributes.go)', () => {
	const definition = (key: string, extra: object = {}) => ({
		applies_to: 'contact',
		key,
		name: `adm ${key}`,
		data_type: 'list',
		description: 'adm contract',
		values: ['a', 'b'],
		...extra,
	});

	it('create stores any kind, type and key; a taken key is a 400; without values a 500', async () => {
		const key = unique('ca');
		const made = await created<{ id: number }>('/custom-attributes', definition(key));
		expect(made).toEqual({
			id: expect.any(Number),
			created_at: expect.any(String),
			updated_at: expect.any(String),
			name: `adm ${key}`,
			description: 'adm contract',
			applies_to: 'contact',
			key,
			values: ['a', 'b'],
			data_type: 'list',
			regex: '',
			regex_hint: '',
		});
		expect(await call('GET', `/custom-attributes/${made.id}`)).toEqual(contractSuccess(made));
		expect(await call('POST', '/custom-attributes', definition(key))).toEqual(
			contractError(400, 'Custom attribute already exists', 'InputException'),
		);
		const withoutValues: Record<string, unknown> = definition(unique('nv'));
		delete withoutValues.values;
		expect(await call('POST', '/custom-attributes', withoutValues)).toEqual(somethingWentWrong);
		expect(await call('POST', '/custom-attributes', definition('status'))).toEqual(
			contractError(
				400,
				'The provided key is not allowed as it conflicts with default attributes. Please use a different key.',
				'InputException',
			),
		);
		expect(
			await call('POST', '/custom-attributes', definition(unique('d'), { description: '' })),
		).toEqual(contractError(400, '`description` empty', 'InputException'));
		const odd = await created<{ id: number; applies_to: string; data_type: string }>(
			'/custom-attributes',
			definition(`adm Odd ${Math.random().toString(36).slice(2, 6)}!`, {
				applies_to: 'adm_kind',
				data_type: 'adm_type',
			}),
		);
		expect(odd).toMatchObject({ applies_to: 'adm_kind', data_type: 'adm_type' });
		expect(await call('GET', '/custom-attributes/987654')).toEqual(
			contractError(404, 'Custom attribute not found', 'NotFoundException'),
		);
		expect(await call('POST', '/custom-attributes', definition(unique('ag')), 'agent')).toEqual(
			forbidden,
		);
	});

	it('update keeps key and type, needs values; a missing ID is a 500; delete of one is success', async () => {
		const key = unique('up');
		const made = await created<{ id: number }>('/custom-attributes', definition(key));
		expect(
			await call(
				'PUT',
				`/custom-attributes/${made.id}`,
				definition('adm_other', { name: 'adm renamed', data_type: 'text', values: [] }),
			),
		).toMatchObject(
			contractSuccess({ id: made.id, key, data_type: 'list', name: 'adm renamed', values: [] }),
		);
		const withoutValues: Record<string, unknown> = definition(key);
		delete withoutValues.values;
		expect(await call('PUT', `/custom-attributes/${made.id}`, withoutValues)).toEqual(
			somethingWentWrong,
		);
		expect(await call('PUT', '/custom-attributes/987654', definition(key))).toEqual(
			somethingWentWrong,
		);
		expect(await call('DELETE', '/custom-attributes/987654')).toEqual(contractSuccess(true));
	});
});

describe('macro writes (cmd/macro.go)', () => {
	const macro = (name: string, extra: object = {}) => ({
		name,
		message_content: '',
		visibility: 'all',
		visible_when: ['replying'],
		actions: [{ type: 'set_priority', value: ['2'] }],
		...extra,
	});

	it('create takes team_id as a string, checks little and stores the rest as given', async () => {
		const name = unique('mc');
		const made = await created<{ id: number }>('/macros', macro(name));
		expect(made).toEqual({
			id: expect.any(Number),
			created_at: expect.any(String),
			updated_at: expect.any(String),
			name,
			actions: [{ type: 'set_priority', value: ['2'] }],
			visibility: 'all',
			visible_when: ['replying'],
			message_content: '',
			user_id: null,
			team_id: null,
			usage_count: 0,
		});
		// Libredesk puts Go's decode error in `data`; the status, message and type are what matter.
		expect(await call('POST', '/macros', macro(unique('n'), { team_id: 5 }))).toMatchObject({
			status: 400,
			json: { message: 'Error parsing request', error_type: 'InputException' },
		});
		expect(await call('POST', '/macros', macro(unique('w'), { visible_when: [] }))).toEqual(
			contractError(400, '`visible_when` empty', 'InputException'),
		);
		const withoutActions: Record<string, unknown> = macro(unique('a'));
		delete withoutActions.actions;
		expect(await call('POST', '/macros', withoutActions)).toEqual(
			contractError(400, 'Something went wrong', 'InputException'),
		);
		expect(
			await call(
				'POST',
				'/macros',
				macro(unique('e'), { actions: [{ type: 'add_tags', value: [] }] }),
			),
		).toEqual(contractError(400, 'add_tags empty', 'InputException'));
		const odd = await created<{ id: number }>(
			'/macros',
			macro(unique('odd'), {
				visibility: 'team',
				actions: [{ type: 'send_email', value: ['x'] }],
			}),
		);
		expect(odd).toMatchObject({
			visibility: 'team',
			team_id: null,
			actions: [{ type: 'send_email' }],
		});
		expect(await call('POST', '/macros', macro(unique('ag')), 'agent')).toEqual(forbidden);
	});

	it('update replaces all; a missing macro is a 500; delete of a missing one is a 404', async () => {
		const made = await created<{ id: number }>('/macros', macro(unique('up')));
		const renamed = unique('re');
		expect(
			await call(
				'PUT',
				`/macros/${made.id}`,
				macro(renamed, { actions: [], message_content: 'x' }),
			),
		).toMatchObject(
			contractSuccess({ id: made.id, name: renamed, actions: [], message_content: 'x' }),
		);
		expect(
			await call('PUT', `/macros/${made.id}`, macro(renamed, { visible_when: ['bogus'] })),
		).toEqual(somethingWentWrong);
		expect(await call('PUT', '/macros/987654', macro(unique('x')))).toEqual(somethingWentWrong);
		expect(await call('DELETE', '/macros/987654')).toEqual(
			contractError(404, 'Macro not found', 'NotFoundException'),
		);
	});
});
