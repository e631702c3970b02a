import { SEED_KEYS } from '../../../../simulator/state';
import { credentialsFor, useSimulator } from '../../../helpers/fixtures';
import { loadOptions } from '../../../helpers/n8n';
import { simCall } from '../../../helpers/seed';
import { answerNextGet } from './libredeskAnswers';

const ctx = useSimulator();

describe('loadOptions', () => {
	it('getTeams lists the compact teams', async () => {
		expect(await loadOptions('getTeams', credentialsFor(ctx.sim))).toEqual([
			{ name: 'Billing', value: 1 },
			{ name: 'Tier 1', value: 2 },
		]);
	});

	it('getAgents leaves out disabled agents and AI assistants', async () => {
		const agents = await loadOptions('getAgents', credentialsFor(ctx.sim));
		expect(agents.map((agent) => agent.name)).toEqual(['Ada Admin', 'Bo Agent', 'Dee Support']);
		expect(agents[0]).toEqual({ name: 'Ada Admin', value: 1, description: 'ada@desk.example' });
	});

	it('getAgents names an agent without a name by its email and sorts by the name shown', async () => {
		const nameless = ctx.sim.state.addUser({
			type: 'agent',
			first_name: '',
			last_name: null,
			email: 'aaron@desk.example',
			roles: ['Agent'],
		});
		try {
			const agents = await loadOptions('getAgents', credentialsFor(ctx.sim));
			expect(agents.map((agent) => agent.name)).toEqual([
				'aaron@desk.example',
				'Ada Admin',
				'Bo Agent',
				'Dee Support',
			]);
			expect(agents[0]).toEqual({
				name: 'aaron@desk.example',
				value: nameless.id,
				description: 'aaron@desk.example',
			});
		} finally {
			ctx.sim.state.users = ctx.sim.state.users.filter((user) => user !== nameless);
		}
	});

	it('getStatuses and getPriorities use the names as values, in Libredesk’s order', async () => {
		const custom = await simCall<{ id: number }>(ctx.sim, 'POST', '/statuses', {
			name: 'On Hold',
			category: 'waiting',
		});
		try {
			expect(await loadOptions('getStatuses', credentialsFor(ctx.sim))).toEqual(
				[
					['Open', 'open'],
					['Snoozed', 'waiting'],
					['Resolved', 'resolved'],
					['Closed', 'resolved'],
					['On Hold', 'waiting'],
				].map(([name, category]) => ({ name, value: name, description: `Category: ${category}` })),
			);
		} finally {
			await simCall(ctx.sim, 'DELETE', `/statuses/${custom.id}`);
		}
		expect(await loadOptions('getPriorities', credentialsFor(ctx.sim))).toEqual(
			['Low', 'Medium', 'High'].map((name) => ({ name, value: name })),
		);
	});

	it('getTags sorts the tag names', async () => {
		await simCall(ctx.sim, 'POST', '/tags', { name: 'Aardvark' });
		expect(await loadOptions('getTags', credentialsFor(ctx.sim))).toEqual(
			['Aardvark', 'billing', 'bug', 'vip'].map((name) => ({ name, value: name })),
		);
	});

	it('getInboxes lists every inbox with its channel and marks the disabled one', async () => {
		expect(await loadOptions('getInboxes', credentialsFor(ctx.sim))).toEqual([
			{ name: 'Support', value: 1, description: 'email' },
			{ name: 'Billing', value: 2, description: 'email' },
			{ name: 'Old Sales (disabled)', value: 3, description: 'email' },
			{ name: 'Website Chat', value: 4, description: 'livechat' },
		]);
	});

	// The seeded macros are listed in test/nodes/Libredesk/actions/conversation/applyMacro.operation.test.ts.
	it('getMacros sorts by name and describes a macro by its actions, or by nothing when null', async () => {
		answerNextGet(ctx.sim, '/macros', [
			{ id: 7, name: 'Blank', actions: null },
			{ id: 8, name: 'Assign', actions: [{ type: 'assign_team' }, { type: 'set_status' }] },
		]);
		expect(await loadOptions('getMacros', credentialsFor(ctx.sim))).toEqual([
			{ name: 'Assign', value: 8, description: 'assign team, set status' },
			{ name: 'Blank', value: 7, description: '' },
		]);
	});

	it('getViews lists the own views first, then the shared ones, saying who sees each', async () => {
		expect(await loadOptions('getViews', credentialsFor(ctx.sim))).toEqual([
			{ name: 'High priority', value: 1, description: 'Personal view' },
			{ name: 'Billing team queue', value: 2, description: 'Team view' },
			{ name: 'Everything open', value: 3, description: 'Shared with everyone' },
		]);
	});

	it('getViews without view:manage still lists the views shared with the key', async () => {
		const bo = ctx.sim.state.users.find((user) => user.email === 'bo@desk.example')!;
		const roles = bo.roles;
		bo.roles = ['Contact Messages'];
		try {
			const credentials = credentialsFor(ctx.sim, {
				apiKey: SEED_KEYS.agent.key,
				apiSecret: SEED_KEYS.agent.secret,
			});
			ctx.sim.clearRequests();
			expect(await loadOptions('getViews', credentials)).toEqual([
				{ name: 'Everything open', value: 3, description: 'Shared with everyone' },
			]);
			const me = ctx.sim.requests.filter((request) => request.path === '/api/v1/views/me');
			expect(me.map((request) => request.response?.status)).toEqual([403]);
		} finally {
			bo.roles = roles;
		}
	});

	it.each([
		['getTeams', ['/teams/compact']],
		['getAgents', ['/agents/compact']],
		['getStatuses', ['/statuses']],
		['getPriorities', ['/priorities']],
		['getTags', ['/tags']],
		['getInboxes', ['/inboxes']],
		['getMacros', ['/macros']],
		['getViews', ['/views/shared', '/views/me']],
	] as const)(
		'%s offers nothing when Libredesk answers null (a Go nil slice)',
		async (method, paths) => {
			for (const path of paths) answerNextGet(ctx.sim, path, null);
			expect(await loadOptions(method, credentialsFor(ctx.sim))).toEqual([]);
		},
	);

	it('a wrong secret in a dropdown gives the 401 hint', async () => {
		await expect(
			loadOptions('getTeams', credentialsFor(ctx.sim, { apiSecret: 'nope' })),
		).rejects.toThrow(/Invalid credential \(HTTP 401/);
	});
});
