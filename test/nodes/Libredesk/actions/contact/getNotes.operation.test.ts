import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useContactRig } from '../../../../helpers/contactRig';
import { simCall } from '../../../../helpers/seed';

const { ctx, run, richContact } = useContactRig();

describe('Contact → Get Notes', () => {
	it('lists the notes of the contact, newest first, one item each', async () => {
		const contact = await richContact();
		await simCall(ctx.sim, 'POST', `/contacts/${contact.id}/notes`, {
			note: 'Prefers phone calls',
		});
		await simCall(ctx.sim, 'POST', `/contacts/${contact.id}/notes`, { note: 'Second' });
		ctx.sim.clearRequests();
		const notes = await run({ operation: 'getNotes', contactId: byId(contact.id) });
		expect(notes.map((item) => item.json.note)).toEqual(['Second', 'Prefers phone calls']);
		expect(notes.every((item) => item.json.contact_id === contact.id)).toBe(true);
		expect(requestsTo(ctx.sim, 'GET', `/api/v1/contacts/${contact.id}/notes`)).toHaveLength(1);
	});

	it('a contact without notes gives no items', async () => {
		const contact = await richContact();
		expect(await run({ operation: 'getNotes', contactId: byId(contact.id) })).toEqual([]);
	});
});
