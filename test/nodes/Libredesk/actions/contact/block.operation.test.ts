import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useContactRig } from '../../../../helpers/contactRig';

const { ctx, run, richContact } = useContactRig();

describe('Contact → Block', () => {
	it('blocks, outputting the contact', async () => {
		const contact = await richContact();
		expect((await run({ operation: 'block', contactId: byId(contact.id) }))[0].json.enabled).toBe(
			false,
		);
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/contacts/${contact.id}/block`)[0].json).toEqual({
			enabled: false,
		});
	});
});
