import { useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('agent', { operation: 'delete' });
const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });

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

	it("keeps Libredesk's refusals: its own agent (400) and an unknown one (404), with hints", async () => {
		const self = await run({ agent: byId(1) }).catch((caught) => caught);
		expect(self.message).toBe('Libredesk: You cannot delete yourself (HTTP 400, InputException)');
		expect(self.description).toMatch(/API key's own agent/);
		const unknown = await run({ agent: byId(999) }).catch((caught) => caught);
		expect(unknown.message).toBe('Libredesk: Not found (HTTP 404, NotFoundException)');
		expect(unknown.description).toMatch(/deleted already/);
	});
});
