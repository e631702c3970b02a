/**
 * The admin routes (tags, teams, agents, roles, macros) as Libredesk v2.7.0 answers them, pinned
 * for the simulator and run unchanged against a live Libredesk by `npm run test:live`. They pin the
 * quirks the node's checks exist for: success for deleting what does not exist, bare 500s for a
 * missing record or a taken name, full-replace updates, and a create that fails after creating.
 */
import { contractCalls, contractError, contractSuccess } from '../live/contractCalls';
import { useContractTarget } from '../live/contractTarget';

const ctx = useContractTarget();
const unique = (label: string) => `adm-${label}-${Math.random().toString(36).slice(2, 8)}`;

const { send, call, created } = contractCalls(ctx);
const error = contractError;
const success = contractSuccess;

describe('tags (cmd/tags.go)', () => {
	it('create: a taken name is 409, an empty one 400', async () => {
		const name = unique('tag');
		const tag = await created<{ id: number; name: string }>('/tags', { name });
		expect(tag).toEqual({
			id: expect.any(Number),
			name,
			created_at: expect.any(String),
			updated_at: expect.any(String),
		});
		expect(await call('POST', '/tags', { name })).toEqual(
			error(409, 'Tag already exists', 'ConflictException'),
		);
		expect(await call('POST', '/tags', { name: '' })).toEqual(
			error(400, '`name` empty', 'InputException'),
		);
	});

	it('update: renames; a missing ID or a taken name is a bare 500', async () => {
		const first = await created<{ id: number; name: string }>('/tags', { name: unique('a') });
		const second = await created<{ id: number; name: string }>('/tags', { name: unique('b') });
		const renamed = unique('c');
		expect(await call('PUT', `/tags/${first.id}`, { name: renamed })).toMatchObject(
			success({ id: first.id, name: renamed }),
		);
		expect(await call('PUT', `/tags/${first.id}`, { name: second.name })).toEqual(
			error(500, 'Something went wrong', 'GeneralException'),
		);
		expect(await call('PUT', '/tags/987654', { name: unique('d') })).toEqual(
			error(500, 'Something went wrong', 'GeneralException'),
		);
	});

	it('delete: a missing ID answers success too; the list is sorted by name', async () => {
		expect(await call('DELETE', '/tags/987654')).toEqual(success(true));
		const tag = (await call('POST', '/tags', { name: unique('gone') })).json.data as { id: number };
		expect(await call('DELETE', `/tags/${tag.id}`)).toEqual(success(true));
		const names = ((await call('GET', '/tags')).json.data as Array<{ name: string }>).map(
			(entry) => entry.name,
		);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(await call('POST', '/tags', { name: 'x' }, 'agent')).toEqual(
			error(403, 'Permission denied', 'PermissionException'),
		);
	});
});

describe('teams (cmd/teams.go)', () => {
	const body = (name: string, extra: object = {}) => ({
		name,
		conversation_assignment_type: 'Manual',
		...extra,
	});

	it('create stores Go zero values for missing fields; a taken name is a 500', async () => {
		const name = unique('team');
		const team = await created<{ id: number }>('/teams', body(name));
		expect(team).toEqual({
			id: expect.any(Number),
			created_at: expect.any(String),
			updated_at: expect.any(String),
			name,
			emoji: '',
			conversation_assignment_type: 'Manual',
			timezone: '',
			business_hours_id: null,
			sla_policy_id: null,
			max_auto_assigned_conversations: 0,
		});
		expect(await call('POST', '/teams', body(name))).toEqual(
			error(500, 'Team already exists', 'GeneralException'),
		);
		expect(
			await call('POST', '/teams', body(unique('bad'), { conversation_assignment_type: 'Random' })),
		).toEqual(error(500, 'Something went wrong', 'GeneralException'));
		const compact = (await call('GET', '/teams/compact')).json.data as Array<object>;
		expect(compact.find((entry) => (entry as { id: number }).id === team.id)).toEqual({
			id: team.id,
			name,
			emoji: '',
		});
	});

	it('get of a missing team is 400 "Team not found"; it needs teams:manage', async () => {
		expect(await call('GET', '/teams/987654')).toEqual(
			error(400, 'Team not found', 'InputException'),
		);
		expect(await call('GET', `/teams/${ctx.target.teams[0]}`, undefined, 'agent')).toEqual(
			error(403, 'Permission denied', 'PermissionException'),
		);
	});

	it('update replaces every field; a missing team is a 500', async () => {
		const team = await created<{ id: number }>(
			'/teams',
			body(unique('full'), {
				emoji: '🌙',
				timezone: 'Asia/Tokyo',
				max_auto_assigned_conversations: 3,
			}),
		);
		const name = unique('renamed');
		expect(await call('PUT', `/teams/${team.id}`, body(name))).toMatchObject(
			success({ id: team.id, name, emoji: '', timezone: '', max_auto_assigned_conversations: 0 }),
		);
		expect(await call('PUT', '/teams/987654', body(unique('none')))).toEqual(
			error(500, 'Something went wrong', 'GeneralException'),
		);
	});

	it('delete of a missing team answers success', async () => {
		expect(await call('DELETE', '/teams/987654')).toEqual(success(true));
		const team = (await call('POST', '/teams', body(unique('del')))).json.data as { id: number };
		expect(await call('DELETE', `/teams/${team.id}`)).toEqual(success(true));
		expect(await call('GET', `/teams/${team.id}`)).toEqual(
			error(400, 'Team not found', 'InputException'),
		);
	});
});

describe('agents and roles (cmd/users.go, cmd/roles.go)', () => {
	const agentBody = (email: string, extra: object = {}) => ({
		first_name: 'Contract',
		last_name: 'Agent',
		email,
		roles: ['Agent'],
		...extra,
	});
	const compactIdOf = async (email: string) =>
		((await call('GET', '/agents/compact')).json.data as Array<{ id: number; email: string }>).find(
			(agent) => agent.email === email,
		)?.id;

	it('any key lists the roles', async () => {
		const roles = (await call('GET', '/roles', undefined, 'agent')).json.data as Array<{
			name: string;
		}>;
		expect(roles.map((role) => role.name)).toEqual(expect.arrayContaining(['Admin', 'Agent']));
	});

	it('create writes its 400 for a bad email or missing roles, then creates the agent anyway', async () => {
		// validateAgentRequest's SendErrorEnvelope returns nil, so the handler goes on: the body is
		// the 400 envelope followed by the create's own answer, whose status the response keeps.
		const refusedWith = (message: string) =>
			JSON.stringify({ status: 'error', message, data: null, error_type: 'InputException' });
		const cases = [
			{
				body: agentBody(unique('no-at-sign')),
				message: 'Invalid email address',
				status: 200,
				answer: { status: 'success' },
			},
			{
				body: { first_name: 'Contract', email: `${unique('norole')}@example.com` },
				message: '`role` empty',
				status: 500,
				answer: { status: 'error', message: 'Something went wrong' },
			},
			{
				body: agentBody(`${unique('unknownrole')}@example.com`, { roles: ['No Such Role'] }),
				message: undefined,
				status: 500,
				answer: { status: 'error', message: 'Something went wrong' },
			},
		];
		for (const entry of cases) {
			const response = await send('POST', '/agents', entry.body);
			const text = await response.text();
			const prefix = entry.message ? refusedWith(entry.message) : '';
			expect({ status: response.status, prefix: text.slice(0, prefix.length) }).toEqual({
				status: entry.status,
				prefix,
			});
			expect(JSON.parse(text.slice(prefix.length))).toMatchObject(entry.answer);
			const leftBehind = await compactIdOf(entry.body.email.toLowerCase());
			expect(leftBehind).toEqual(expect.any(Number));
			expect(await call('DELETE', `/agents/${leftBehind}`)).toEqual(success(true));
		}
	});

	it('get, full-replace update, availability, and delete', async () => {
		const email = `${unique('agent')}@example.com`;
		const team = ctx.target.teams[0];
		const teamName = (
			(await call('GET', '/teams/compact')).json.data as Array<{ id: number; name: string }>
		).find((entry) => entry.id === team)!.name;
		const agent = await created<{ id: number }>('/agents', agentBody(email, { teams: [teamName] }));
		expect(agent).toMatchObject({
			email,
			type: 'agent',
			enabled: true,
			availability_status: 'offline',
			roles: ['Agent'],
			teams: [{ id: team, name: teamName }],
		});
		expect(await call('POST', '/agents', agentBody(email))).toEqual(
			error(500, 'User with same email already exists', 'GeneralException'),
		);
		expect(await call('GET', '/agents/987654')).toEqual(
			error(404, 'User not found', 'NotFoundException'),
		);
		expect(await call('GET', `/agents/${agent.id}`, undefined, 'agent')).toEqual(
			error(403, 'Permission denied', 'PermissionException'),
		);
		// An empty availability is not a value of Libredesk's enum.
		expect(await call('PUT', `/agents/${agent.id}`, agentBody(email, { enabled: true }))).toEqual(
			error(500, 'Something went wrong', 'GeneralException'),
		);
		// Left out: `enabled` becomes false and the teams are removed.
		const replaced = await call(
			'PUT',
			`/agents/${agent.id}`,
			agentBody(email, { availability_status: 'away_manual' }),
		);
		expect(replaced).toMatchObject(
			success({ id: agent.id, enabled: false, availability_status: 'away_manual', teams: [] }),
		);
		expect(await call('DELETE', '/agents/987654')).toEqual(
			error(404, 'Not found', 'NotFoundException'),
		);
		// soft-delete-agent does not skip deleted rows: a second delete succeeds too.
		expect(await call('DELETE', `/agents/${agent.id}`)).toEqual(success(true));
		expect(await call('DELETE', `/agents/${agent.id}`)).toEqual(success(true));
		expect(await call('GET', `/agents/${agent.id}`)).toEqual(
			error(404, 'User not found', 'NotFoundException'),
		);
		const me = (await call('GET', '/agents/me')).json.data as { id: number };
		expect(await call('DELETE', `/agents/${me.id}`)).toEqual(
			error(400, 'You cannot delete yourself', 'InputException'),
		);
	});
});

describe('macros (cmd/macro.go)', () => {
	it('get needs macros:manage; a missing macro is 404', async () => {
		expect(await call('GET', '/macros/987654')).toEqual(
			error(404, 'Macro not found', 'NotFoundException'),
		);
		expect(await call('GET', '/macros/1', undefined, 'agent')).toEqual(
			error(403, 'Permission denied', 'PermissionException'),
		);
		expect((await call('GET', '/macros', undefined, 'agent')).status).toBe(200);
	});
});
