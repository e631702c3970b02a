import { byId, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('agent', { operation: 'delete' });

describe('Agent → Delete', () => {
	it('deletes the agent and unassigns their open conversations', async () => {
		const agent = await simCall<{ id: number }>(ctx.sim, 'POST', '/agents', {
			email: 'leaver@example.com',
			first_name: 'Lee',
			roles: ['Agent'],
		});
		const { uuid } = await seedConversation(ctx.sim, { agent_id: agent.id });
		const [output] = await run({ agent: byId(agent.id) });
		expect(output.json).toEqual({ deleted: true, id: agent.id });
		expect(ctx.sim.state.conversations.find((c) => c.uuid === uuid)?.assigned_user_id).toBeNull();
	});

	it("keeps Libredesk's refusal of its own agent (400) with a hint", async () => {
		const self = await run({ agent: byId(1) }).catch((caught) => caught);
		expect(self.message).toBe('Libredesk: You cannot delete yourself (HTTP 400, InputException)');
		expect(self.description).toMatch(/API key's own agent/);
	});

	it('an agent Libredesk does not have, or deleted already, fails before sending (Libredesk would answer success again)', async () => {
		const agent = await simCall<{ id: number }>(ctx.sim, 'POST', '/agents', {
			email: 'twice@example.com',
			first_name: 'Tw',
			roles: ['Agent'],
		});
		await run({ agent: byId(agent.id) });
		ctx.sim.clearRequests();
		for (const id of [agent.id, 999])
			await expect(run({ agent: byId(id) })).rejects.toThrow(
				`The "Agent" of item 0 is ${id}, but Libredesk has no agent with this ID`,
			);
		expect(ctx.sim.requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
	});
});
