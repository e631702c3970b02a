import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run } = useResourceRig('agent', { operation: 'setAvailability' });

describe('saveAgent (read, merge, full replace)', () => {
	it('sends an agent without roles or last name as empty values, never as null', async () => {
		const agent = ctx.sim.state.addUser({
			type: 'agent',
			first_name: 'Rolf',
			last_name: null,
			email: 'rolf@example.com',
			roles: [],
		});
		// GET answers roles: null for an agent without one, as Libredesk's array_agg does.
		ctx.sim.injectFault({
			match: new RegExp(`^GET /api/v1/agents/${agent.id}$`),
			kind: 'status',
			status: 200,
			body: {
				status: 'success',
				data: {
					id: agent.id,
					first_name: 'Rolf',
					last_name: null,
					email: 'rolf@example.com',
					roles: null,
					teams: null,
					enabled: true,
					availability_status: 'offline',
				},
			},
		});
		await run({ agent: byId(agent.id), availabilityStatus: 'online' });
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/agents/${agent.id}`)[0].json).toEqual({
			first_name: 'Rolf',
			last_name: '',
			email: 'rolf@example.com',
			roles: [],
			teams: [],
			enabled: true,
			availability_status: 'online',
		});
	});

	it("keeps Libredesk's 404 for an AI assistant, which it manages elsewhere", async () => {
		const error = await run({ agent: byId(4), availabilityStatus: 'online' }).catch(
			(caught) => caught,
		);
		expect(error.message).toBe('Libredesk: Not found (HTTP 404, NotFoundException)');
		expect(error.description).toMatch(/AI assistants do not count/);
	});

	it.each([
		['data: null', null],
		['a null team', { first_name: 'Ann', email: 'ann@example.com', teams: [null], roles: [] }],
		['teams as text', { first_name: 'Ann', email: 'ann@example.com', teams: 'Support', roles: [] }],
		['roles as text', { first_name: 'Ann', email: 'ann@example.com', teams: [], roles: 'Admin' }],
		['a team without a name', { first_name: 'Ann', email: 'a@example.com', teams: [{ id: 1 }] }],
	])(
		"an agent read back with %s is not Libredesk's answer: nothing is sent",
		async (_case, data) => {
			const agent = ctx.sim.state.addUser({
				type: 'agent',
				first_name: 'Ann',
				last_name: null,
				email: 'ann@example.com',
			});
			ctx.sim.injectFault({
				match: new RegExp(`^GET /api/v1/agents/${agent.id}$`),
				kind: 'status',
				status: 200,
				body: { status: 'success', data: data as unknown as null },
			});
			const error = (await run({ agent: byId(agent.id), availabilityStatus: 'online' }).catch(
				(caught: Error) => caught,
			)) as Error;
			expect(error.message).toMatch(
				new RegExp(
					`answered GET /api/v1/agents/${agent.id} with something other than a Libredesk API response`,
				),
			);
			expect(requestsTo(ctx.sim, 'PUT', `/api/v1/agents/${agent.id}`)).toEqual([]);
		},
	);
});
