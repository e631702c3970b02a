/**
 * Status, Automation Rule, Inbox (Get, Enable, Disable), SLA Policy and Business Hours (issue 26)
 * through n8n-core against a live Libredesk v2.7.0. What this creates carries `adm_` and is deleted
 * after; only this run's own rule and inbox are switched.
 */
import type { INodeParameters } from 'n8n-workflow';

import { byId, useLive } from './useLive';

const live = useLive();
const fail = async (parameters: INodeParameters) =>
	(await live.run(parameters).catch((caught: Error) => caught)) as Error & { description?: string };
const unique = (label: string) => `adm_${label}_${Math.random().toString(36).slice(2, 6)}`;

describe('Status', () => {
	it('creates, renames, lists and deletes a status; refuses default statuses before sending', async () => {
		const f = live.fixtures;
		const name = unique('st');
		const [created] = await live.run({
			resource: 'status',
			operation: 'create',
			name,
			category: 'waiting',
		});
		const id = created.json.id as number;
		f.later(() => f.admin.call('DELETE', `/api/v1/statuses/${id}`));
		expect(created.json).toMatchObject({ name, category: 'waiting' });
		const renamed = unique('re');
		const [updated] = await live.run({
			resource: 'status',
			operation: 'update',
			statusId: byId(id),
			updateFields: { name: renamed },
		});
		expect(updated.json).toEqual(
			expect.objectContaining({ id, name: renamed, category: 'waiting' }),
		);
		const waiting = await live.run({
			resource: 'status',
			operation: 'getAll',
			returnAll: true,
			filters: { category: 'waiting' },
		});
		expect(waiting[0].json.name).toBe('Snoozed');
		expect(waiting.map((item) => item.json.name)).toContain(renamed);
		expect(
			(await fail({ resource: 'status', operation: 'delete', statusId: byId(1) })).message,
		).toBe(`The "Status" of item 0 is "Open", one of Libredesk's default statuses`);
		expect(
			(await fail({ resource: 'status', operation: 'create', name: 'Resolved', category: 'open' }))
				.message,
		).toMatch(/The "Name" of item 0 is "Resolved", which status 3 already has/);
		const [deleted] = await live.run({
			resource: 'status',
			operation: 'delete',
			statusId: byId(id),
		});
		expect(deleted.json).toEqual({ deleted: true, id });
	});
});

describe('Automation Rule', () => {
	it('lists, gets, disables and enables a rule, toggling only when needed', async () => {
		const f = live.fixtures;
		const rule = await f.admin.data<{ id: number; name: string }>(
			'POST',
			'/api/v1/automations/rules',
			{
				name: unique('rule'),
				description: 'adm live suite',
				type: 'conversation_update',
				events: ['conversation.priority.change'],
				rules: [{ group_operator: 'OR', groups: [], actions: [] }],
			},
		);
		f.later(() => f.admin.call('DELETE', `/api/v1/automations/rules/${rule.id}`));
		const listed = await live.run({
			resource: 'automationRule',
			operation: 'getAll',
			returnAll: true,
		});
		expect(listed.map((item) => item.json.id)).toContain(rule.id);
		const [got] = await live.run({
			resource: 'automationRule',
			operation: 'get',
			automationRule: byId(rule.id),
		});
		expect(got.json).toMatchObject({ id: rule.id, name: rule.name, enabled: true });
		const set = async (operation: 'enable' | 'disable') =>
			(await live.run({ resource: 'automationRule', operation, automationRule: byId(rule.id) }))[0]
				.json;
		expect(await set('disable')).toMatchObject({ enabled: false, changed: true });
		expect(await set('disable')).toMatchObject({ enabled: false, changed: false });
		expect(await set('enable')).toMatchObject({ enabled: true, changed: true });
		expect(await set('enable')).toMatchObject({ enabled: true, changed: false });
		const missing = await fail({
			resource: 'automationRule',
			operation: 'enable',
			automationRule: byId(987654),
		});
		expect(missing.message).toBe('Libredesk: Rule not found (HTTP 400, InputException)');
	});
});

describe('Inbox', () => {
	it("gets this run's inbox without its settings, disables and enables it", async () => {
		const id = live.fixtures.inboxes.livechat;
		const [got] = await live.run({ resource: 'inbox', operation: 'get', inbox: byId(id) });
		expect(got.json).toMatchObject({ id, channel: 'livechat', enabled: true });
		expect(got.json).not.toHaveProperty('config');
		expect(got.json).not.toHaveProperty('secret');
		const set = async (operation: 'enable' | 'disable') =>
			(await live.run({ resource: 'inbox', operation, inbox: byId(id) }))[0].json;
		expect(await set('enable')).toMatchObject({ enabled: true, changed: false });
		expect(await set('disable')).toMatchObject({ enabled: false, changed: true });
		expect(await set('enable')).toMatchObject({ enabled: true, changed: true });
		expect((await fail({ resource: 'inbox', operation: 'get', inbox: byId(987654) })).message).toBe(
			'Libredesk: Inbox not found (HTTP 400, InputException)',
		);
	});
});

describe('SLA Policy and Business Hours', () => {
	it('lists and gets them; a missing one keeps the 404', async () => {
		for (const [resource, field, missing] of [
			['slaPolicy', 'slaPolicy', 'SLA not found'],
			['businessHours', 'businessHours', 'business hours not found'],
		]) {
			const listed = await live.run({ resource, operation: 'getAll', returnAll: true });
			expect(listed.length).toBeGreaterThan(0);
			const [got] = await live.run({
				resource,
				operation: 'get',
				[field]: byId(listed[0].json.id as number),
			});
			expect(got.json).toEqual(listed[0].json);
			expect((await fail({ resource, operation: 'get', [field]: byId(987654) })).message).toBe(
				`Libredesk: ${missing} (HTTP 404, NotFoundException)`,
			);
		}
	});
});

describe('Custom Attribute', () => {
	it('creates, gets, updates (keeping the other fields) and deletes a definition', async () => {
		const f = live.fixtures;
		const key = unique('ca');
		const [created] = await live.run({
			resource: 'customAttribute',
			operation: 'create',
			appliesTo: 'contact',
			key,
			name: 'adm Tier',
			dataType: 'list',
			description: 'adm live suite',
			additionalFields: { values: 'Free, Pro' },
		});
		const id = created.json.id as number;
		f.later(() => f.admin.call('DELETE', `/api/v1/custom-attributes/${id}`));
		expect(created.json).toMatchObject({ key, applies_to: 'contact', values: ['Free', 'Pro'] });
		const [updated] = await live.run({
			resource: 'customAttribute',
			operation: 'update',
			customAttribute: byId(id),
			updateFields: { name: 'adm Plan' },
		});
		expect(updated.json).toMatchObject({
			id,
			key,
			name: 'adm Plan',
			description: 'adm live suite',
			data_type: 'list',
			values: ['Free', 'Pro'],
		});
		const [got] = await live.run({
			resource: 'customAttribute',
			operation: 'get',
			customAttribute: byId(id),
		});
		expect(got.json).toEqual(updated.json);
		const taken = await fail({
			resource: 'customAttribute',
			operation: 'create',
			appliesTo: 'contact',
			key,
			name: 'adm again',
			dataType: 'text',
			description: 'adm',
		});
		expect(taken.message).toMatch(
			/The "Key" of item 0 is ".*", which custom attribute \d+ of the contacts already has/,
		);
		const [deleted] = await live.run({
			resource: 'customAttribute',
			operation: 'delete',
			customAttribute: byId(id),
		});
		expect(deleted.json).toEqual({ deleted: true, id });
		expect(
			(await fail({ resource: 'customAttribute', operation: 'delete', customAttribute: byId(id) }))
				.message,
		).toBe(
			`The "Custom Attribute" of item 0 is ${id}, but Libredesk has no custom attribute with this ID`,
		);
	});
});

describe('Macro', () => {
	it('creates a macro from names, updates it keeping the other fields, deletes it', async () => {
		const f = live.fixtures;
		const name = unique('mc');
		const [created] = await live.run({
			resource: 'macro',
			operation: 'create',
			name,
			actions: {
				action: [
					{ type: 'set_status', value: 'Resolved' },
					{ type: 'add_tags', value: f.tags[0] },
				],
			},
			additionalFields: { visibility: 'team', teamId: f.teams[0].id, messageContent: 'Done' },
		});
		const id = created.json.id as number;
		f.later(() => f.admin.call('DELETE', `/api/v1/macros/${id}`));
		expect(created.json).toMatchObject({
			name,
			team_id: String(f.teams[0].id),
			actions: [
				{ type: 'set_status', value: ['3'] },
				{ type: 'add_tags', value: [f.tags[0]] },
			],
		});
		const [updated] = await live.run({
			resource: 'macro',
			operation: 'update',
			macro: byId(id),
			updateFields: { messageContent: 'All done' },
		});
		expect(updated.json).toMatchObject({
			id,
			name,
			message_content: 'All done',
			visibility: 'team',
			team_id: String(f.teams[0].id),
			actions: [{ type: 'set_status' }, { type: 'add_tags' }],
		});
		const refused = await fail({
			resource: 'macro',
			operation: 'create',
			name: unique('bad'),
			actions: { action: [{ type: 'set_status', value: 'adm no such status' }] },
		});
		expect(refused.message).toBe(
			'The "Actions" of item 0 is "adm no such status", which Libredesk does not have',
		);
		const [deleted] = await live.run({ resource: 'macro', operation: 'delete', macro: byId(id) });
		expect(deleted.json).toEqual({ deleted: true, id });
		expect((await fail({ resource: 'macro', operation: 'delete', macro: byId(id) })).message).toBe(
			'Libredesk: Macro not found (HTTP 404, NotFoundException)',
		);
	});
});
