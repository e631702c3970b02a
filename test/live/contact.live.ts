/** Contact operations through n8n-core against a live Libredesk. */
import { byId, useLive } from './useLive';

const live = useLive();
const contact = (operation: string, id: number, extra: Record<string, unknown> = {}) =>
	live.run({ resource: 'contact', operation, contactId: byId(id), ...extra });

describe('Contact', () => {
	it('Get, Search and Get Many find the contact', async () => {
		const {
			contact_id,
			contact: { email },
		} = await live.conversation('find');
		const [got] = await contact('get', contact_id);
		expect(got.json).toMatchObject({
			id: contact_id,
			email,
			first_name: 'Live',
			last_name: 'find',
		});
		const found = await live.run({ resource: 'contact', operation: 'search', query: email });
		expect(found.map((item) => item.json.id)).toEqual([contact_id]);
		const newest = await live.run({
			resource: 'contact',
			operation: 'getAll',
			limit: 5,
			options: { orderBy: 'created_at', order: 'desc' },
		});
		expect(newest.map((item) => item.json.id)).toContain(contact_id);
		expect(Object.keys(newest[0].json)).toEqual(expect.arrayContaining(['id', 'email', 'enabled']));
	});

	it('Update changes the given fields and keeps the others (Libredesk replaces all)', async () => {
		const {
			contact_id,
			contact: { email },
		} = await live.conversation('update');
		await contact('update', contact_id, {
			updateFields: { phoneNumber: '1701234567', phoneNumberCountryCode: '+49', country: 'DE' },
		});
		const [output] = await contact('update', contact_id, { updateFields: { lastName: 'Renamed' } });
		expect(output.json).toMatchObject({
			id: contact_id,
			email,
			first_name: 'Live',
			last_name: 'Renamed',
			phone_number: '1701234567',
			phone_number_country_code: '+49',
			country: 'DE',
		});
	});

	it('Block and Unblock output the contact', async () => {
		const { contact_id } = await live.conversation('block');
		expect((await contact('block', contact_id))[0].json).toMatchObject({
			id: contact_id,
			enabled: false,
		});
		expect((await contact('unblock', contact_id))[0].json).toMatchObject({
			id: contact_id,
			enabled: true,
		});
	});

	it('Add Note and Get Notes', async () => {
		const { contact_id } = await live.conversation('notes');
		const [note] = await contact('addNote', contact_id, {
			note: 'Prefers email {{ not a template }}',
		});
		expect(note.json).toMatchObject({ contact_id, note: 'Prefers email {{ not a template }}' });
		const notes = await contact('getNotes', contact_id);
		expect(notes.map((item) => item.json.note)).toEqual(['Prefers email {{ not a template }}']);
	});

	it('an unknown contact is Libredesk’s 404 with its message and a hint', async () => {
		await expect(contact('get', 987654)).rejects.toMatchObject({
			httpCode: '404',
			context: { libredesk: { errorType: 'NotFoundException', message: 'User not found' } },
		});
	});
});
