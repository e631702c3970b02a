/** The admin resources of issue 20 (tags, teams, agents, macros) through n8n-core against a live Libredesk v2.7.0. */
import type { INodeParameters } from 'n8n-workflow';

import { libredeskNode, runNode } from '../helpers/n8n';
import { byId, useLive } from './useLive';

const live = useLive();
const fail = async (parameters: INodeParameters) =>
	(await live.run(parameters).catch((caught: Error) => caught)) as Error & { description?: string };
const asAgent = () => ({
	...live.credentials,
	apiKey: live.fixtures.agent.key.key,
	apiSecret: live.fixtures.agent.key.secret,
});

describe('Tag', () => {
	it('creates, renames, lists and deletes a tag; refuses a taken name and a missing tag before sending', async () => {
		const f = live.fixtures;
		const [created] = await live.run({
			resource: 'tag',
			operation: 'create',
			name: `${f.prefix}-new`,
		});
		const id = created.json.id as number;
		f.later(() => f.admin.call('DELETE', `/api/v1/tags/${id}`));
		const [renamed] = await live.run({
			resource: 'tag',
			operation: 'update',
			tag: byId(id),
			name: `${f.prefix}-renamed`,
		});
		expect(renamed.json).toMatchObject({ id, name: `${f.prefix}-renamed` });
		const listed = await live.run({ resource: 'tag', operation: 'getAll', returnAll: true });
		expect(listed.map((item) => item.json.name)).toContain(`${f.prefix}-renamed`);
		expect(
			(await fail({ resource: 'tag', operation: 'update', tag: byId(id), name: f.tags[0] }))
				.message,
		).toMatch(/The "Name" of item 0 is ".*", which tag \d+ already has/);
		const refused = await runNode(
			libredeskNode({ resource: 'tag', operation: 'create', name: `${f.prefix}-agent` }),
			[{ json: {} }],
			asAgent(),
		).catch((caught: Error & { description?: string }) => caught);
		expect((refused as Error & { description?: string }).description).toMatch(/tags:manage/);
		const [deleted] = await live.run({ resource: 'tag', operation: 'delete', tag: byId(id) });
		expect(deleted.json).toEqual({ deleted: true, id });
		expect((await fail({ resource: 'tag', operation: 'delete', tag: byId(id) })).message).toBe(
			`The "Tag" of item 0 is ${id}, but Libredesk has no tag with this ID`,
		);
	});
});

describe('Team', () => {
	it('creates, gets, updates (keeping the other fields) and deletes a team', async () => {
		const f = live.fixtures;
		const [created] = await live.run({
			resource: 'team',
			operation: 'create',
			name: `${f.prefix} Nights`,
			conversationAssignmentType: 'Round robin',
			additionalFields: { emoji: '🌙', timezone: 'Asia/Tokyo', maxAutoAssignedConversations: 4 },
		});
		const id = created.json.id as number;
		f.later(() => f.admin.call('DELETE', `/api/v1/teams/${id}`));
		const [updated] = await live.run({
			resource: 'team',
			operation: 'update',
			team: byId(id),
			updateFields: { name: `${f.prefix} Late` },
		});
		expect(updated.json).toMatchObject({
			id,
			name: `${f.prefix} Late`,
			emoji: '🌙',
			timezone: 'Asia/Tokyo',
			conversation_assignment_type: 'Round robin',
			max_auto_assigned_conversations: 4,
		});
		const [got] = await live.run({ resource: 'team', operation: 'get', team: byId(id) });
		expect(got.json).toMatchObject({ id, name: `${f.prefix} Late` });
		const missing = await fail({ resource: 'team', operation: 'get', team: byId(987654) });
		expect(missing.message).toBe('Libredesk: Team not found (HTTP 400, InputException)');
		const [deleted] = await live.run({ resource: 'team', operation: 'delete', team: byId(id) });
		expect(deleted.json).toEqual({ deleted: true, id });
		expect((await fail({ resource: 'team', operation: 'delete', team: byId(id) })).message).toBe(
			`The "Team" of item 0 is ${id}, but Libredesk has no team with this ID`,
		);
	});
});

describe('Agent', () => {
	it('creates, gets, updates, sets availability and deletes an agent, keeping roles and teams', async () => {
		const f = live.fixtures;
		const email = f.email('admin-op');
		const [created] = await live.run({
			resource: 'agent',
			operation: 'create',
			email,
			firstName: 'Nia',
			roles: ['Agent'],
			additionalFields: { lastName: 'Hire', teams: [f.teams[0].name] },
		});
		const id = created.json.id as number;
		f.later(() => f.admin.call('DELETE', `/api/v1/agents/${id}`));
		expect(created.json).toMatchObject({ email, roles: ['Agent'], teams: [{ id: f.teams[0].id }] });

		const [updated] = await live.run({
			resource: 'agent',
			operation: 'update',
			agent: byId(id),
			updateFields: { lastName: 'Lead' },
		});
		expect(updated.json).toMatchObject({
			last_name: 'Lead',
			enabled: true,
			roles: ['Agent'],
			teams: [{ id: f.teams[0].id }],
		});
		const [away] = await live.run({
			resource: 'agent',
			operation: 'setAvailability',
			agent: byId(id),
			availabilityStatus: 'away_manual',
		});
		expect(away.json).toMatchObject({
			availability_status: 'away_manual',
			enabled: true,
			roles: ['Agent'],
		});
		const [got] = await live.run({ resource: 'agent', operation: 'get', agent: byId(id) });
		expect(got.json).toMatchObject({ id, last_name: 'Lead', availability_status: 'away_manual' });

		const taken = await fail({
			resource: 'agent',
			operation: 'create',
			email,
			firstName: 'Twice',
			roles: ['Agent'],
		});
		expect(taken.message).toMatch(/The "Email" of item 0 is .*, which agent \d+ already has/);
		const badRole = await fail({
			resource: 'agent',
			operation: 'create',
			email: f.email('admin-op-2'),
			firstName: 'Never',
			roles: ['No Such Role'],
		});
		expect(badRole.message).toMatch(/contains "No Such Role", which Libredesk does not have/);
		const refused = (await runNode(
			libredeskNode({ resource: 'agent', operation: 'get', agent: byId(id) }),
			[{ json: {} }],
			asAgent(),
		).catch((caught: Error) => caught)) as Error & { description?: string };
		expect(refused.description).toMatch(/users:manage/);

		const [deleted] = await live.run({ resource: 'agent', operation: 'delete', agent: byId(id) });
		expect(deleted.json).toEqual({ deleted: true, id });
		const again = await fail({ resource: 'agent', operation: 'delete', agent: byId(id) });
		// Libredesk would answer success again; the node checks the agent exists first.
		expect(again.message).toBe(
			`The "Agent" of item 0 is ${id}, but Libredesk has no agent with this ID`,
		);
	});
});

describe('Macro', () => {
	it('lists macros for any key and gets one with macros:manage', async () => {
		const f = live.fixtures;
		const macro = await f.admin.data<{ id: number }>('POST', '/api/v1/macros', {
			name: `${f.prefix} triage`,
			message_content: '<p>Looking into it.</p>',
			visibility: 'all',
			visible_when: ['replying'],
			actions: [{ type: 'set_priority', value: ['3'] }],
		});
		f.later(() => f.admin.data('DELETE', `/api/v1/macros/${macro.id}`));
		const listed = await runNode(
			libredeskNode({ resource: 'macro', operation: 'getAll', returnAll: true }),
			[{ json: {} }],
			asAgent(),
		);
		expect(listed.map((item) => item.json.id)).toContain(macro.id);
		const [got] = await live.run({ resource: 'macro', operation: 'get', macro: byId(macro.id) });
		expect(got.json).toMatchObject({
			id: macro.id,
			message_content: '<p>Looking into it.</p>',
			actions: [expect.objectContaining({ type: 'set_priority' })],
		});
		const missing = await fail({ resource: 'macro', operation: 'get', macro: byId(987654) });
		expect(missing.message).toBe('Libredesk: Macro not found (HTTP 404, NotFoundException)');
	});
});
