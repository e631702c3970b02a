import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs } = useResourceRig('team', { operation: 'get' });

describe('Team → Get', () => {
	it('gets a team with its settings', async () => {
		expect(await runJson({ team: byId(1) })).toEqual([
			expect.objectContaining({
				id: 1,
				name: 'Billing',
				conversation_assignment_type: 'Manual',
				business_hours_id: null,
			}),
		]);
	});

	it('an unknown team keeps Libredesk\'s 400 "Team not found" with a hint', async () => {
		const error = await runJson({ team: byId(999) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Team not found (HTTP 400, InputException)');
		expect(error.description).toMatch(/no team with this ID/);
	});

	it('needs teams:manage', async () => {
		const error = await runAs('agent', { team: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/teams:manage/);
	});
});
