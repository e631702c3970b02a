import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs } = useResourceRig('macro', { operation: 'get' });

describe('Macro → Get', () => {
	it('gets a macro with its actions and reply text', async () => {
		expect(await runJson({ macro: byId(1) })).toEqual([
			expect.objectContaining({
				id: 1,
				name: 'Escalate to Billing',
				message_content: '<p>We passed this to our billing team.</p>',
				actions: expect.arrayContaining([expect.objectContaining({ type: 'assign_team' })]),
			}),
		]);
	});

	it("an unknown macro keeps Libredesk's 404 with a hint", async () => {
		const error = await runJson({ macro: byId(99) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Macro not found (HTTP 404, NotFoundException)');
		expect(error.description).toBe('Libredesk has no macro with this ID.');
	});

	it('needs macros:manage, which the default Agent role lacks', async () => {
		const error = await runAs('agent', { macro: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/macros:manage/);
	});
});
