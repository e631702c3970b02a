import { simCall } from '../../../../helpers/seed';
import { byId, useContactRig } from '../../../../helpers/contactRig';

const { ctx, run, richContact } = useContactRig();

describe('Contact → Add Note, Get Notes', () => {
	it('adds a note and lists the notes', async () => {
		const contact = await richContact();
		const [note] = await run({
			operation: 'addNote',
			contactId: byId(contact.id),
			note: 'Prefers phone calls',
		});
		expect(note.json).toMatchObject({
			note: 'Prefers phone calls',
			contact_id: contact.id,
			first_name: 'Ada',
		});
		await simCall(ctx.sim, 'POST', `/contacts/${contact.id}/notes`, { note: 'Second' });
		const notes = await run({ operation: 'getNotes', contactId: byId(contact.id) });
		expect(notes.map((item) => item.json.note)).toEqual(['Second', 'Prefers phone calls']);
	});
});
