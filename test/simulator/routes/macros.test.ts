/** Pinned against Libredesk v2.7.0: apply answers plain JSON, not the envelope. */
import { useSimulator } from '../../helpers/fixtures';
import { seedConversation } from '../../helpers/seed';
import { call } from '../../helpers/rawCall';

const ctx = useSimulator();

describe('macros', () => {
	it('applies the actions in the body and answers like Libredesk', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const apply = (id: number, body: unknown) =>
			call(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/macros/${id}/apply`, body);
		expect(await apply(1, [{ type: 'set_priority', value: ['3'] }])).toMatchObject({
			status: 200,
			json: { message: 'Macro applied' },
		});
		expect(
			await apply(1, [
				{ type: 'set_priority', value: ['3'] },
				{ type: 'assign_team', value: ['99999'] },
			]),
		).toMatchObject({ status: 207, json: { message: 'Macro partially applied' } });
		expect(await apply(1, [])).toMatchObject({ status: 200, json: { message: 'Macro applied' } });
		expect(await apply(999, [])).toMatchObject({
			status: 404,
			json: { message: 'Macro not found', error_type: 'NotFoundException' },
		});
		expect(await apply(1, [{ type: 'send_reply', value: ['x'] }])).toMatchObject({
			status: 403,
			json: { message: 'send_reply action not allowed', error_type: 'PermissionException' },
		});
		expect(ctx.sim.state.conversations.find((c) => c.uuid === uuid)?.priority).toBe('High');
	});
});
