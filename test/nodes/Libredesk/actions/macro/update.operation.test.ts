import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, writes } = useResourceRig('macro', { operation: 'update' });

describe('Macro → Update', () => {
	it('changes the fields given and sends the others as they are (Libredesk replaces all)', async () => {
		const [output] = await run({ macro: byId(1), updateFields: { name: 'Escalate' } });
		expect(output.json).toMatchObject({ id: 1, name: 'Escalate' });
		expect(requestsTo(ctx.sim, 'PUT', '/api/v1/macros/1')[0].json).toEqual({
			name: 'Escalate',
			message_content: '<p>We passed this to our billing team.</p>',
			visibility: 'all',
			visible_when: ['replying'],
			actions: [
				{ type: 'assign_team', value: ['1'] },
				{ type: 'add_tags', value: ['billing', 'vip'] },
				{ type: 'set_priority', value: ['3'] },
			],
			user_id: null,
			team_id: null,
		});
	});

	it('replaces the actions, checked like Create', async () => {
		const [output] = await run({
			macro: byId(2),
			updateFields: { actions: { action: [{ type: 'set_priority', value: 'Low' }] } },
		});
		expect(output.json).toMatchObject({ actions: [{ type: 'set_priority', value: ['1'] }] });
		await expect(
			run({
				macro: byId(2),
				updateFields: { actions: { action: [{ type: 'set_status', value: 'Nope' }] } },
			}),
		).rejects.toThrow('which Libredesk does not have');
	});

	it("a missing macro stops at the read with Libredesk's 404; an empty change before anything", async () => {
		ctx.sim.clearRequests();
		await expect(run({ macro: byId(2), updateFields: {} })).rejects.toThrow(
			'The "Update Fields" of item 0 are empty',
		);
		const error = await run({ macro: byId(999), updateFields: { name: 'x' } }).catch(
			(caught) => caught,
		);
		expect(error.message).toBe('Libredesk: Macro not found (HTTP 404, NotFoundException)');
		expect(writes()).toHaveLength(0);
	});
});
