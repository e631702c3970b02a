import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs } = useResourceRig('agent', { operation: 'get' });

describe('Agent → Get', () => {
	it('gets an agent with roles, teams and permissions, and no secret', async () => {
		const [agent] = await runJson({ agent: byId(2) });
		expect(agent).toMatchObject({
			id: 2,
			email: 'bo@desk.example',
			roles: ['Agent'],
			teams: [{ id: 2, name: 'Tier 1', emoji: null }],
			availability_status: 'offline',
		});
		expect(JSON.stringify(agent)).not.toContain('agentsecret');
	});

	it("an unknown agent keeps Libredesk's 404", async () => {
		const error = await runJson({ agent: byId(999) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: User not found (HTTP 404, NotFoundException)');
	});

	it('needs users:manage', async () => {
		const error = await runAs('agent', { agent: byId(2) }).catch((caught) => caught);
		expect(error.description).toMatch(/users:manage/);
	});
});
