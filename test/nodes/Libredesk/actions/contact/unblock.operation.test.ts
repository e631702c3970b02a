import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useContactRig } from '../../../../helpers/contactRig';

const { ctx, run, richContact } = useContactRig();

describe('Contact → Unblock', () => {
	it('unblocks a blocked contact, outputting the contact', async () => {
		const contact = await richContact();
		contact.enabled = false;
		expect((await run({ operation: 'unblock', contactId: byId(contact.id) }))[0].json.enabled).toBe(
			true,
		);
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/contacts/${contact.id}/block`)[0].json).toEqual({
			enabled: true,
		});
		expect(ctx.sim.state.findUser(contact.id)?.enabled).toBe(true);
	});
});
