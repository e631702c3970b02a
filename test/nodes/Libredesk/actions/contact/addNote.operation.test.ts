import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useContactRig } from '../../../../helpers/contactRig';

const { ctx, run, richContact } = useContactRig();

describe('Contact → Add Note', () => {
	it('adds a note and outputs it with its author', async () => {
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
		expect(requestsTo(ctx.sim, 'POST', `/api/v1/contacts/${contact.id}/notes`)[0].json).toEqual({
			note: 'Prefers phone calls',
		});
	});
});
