import { byId, useContactRig } from '../../../../helpers/contactRig';

const { run, richContact } = useContactRig();

describe('Contact → Get', () => {
	it('gets one contact, simplified or raw', async () => {
		const contact = await richContact();
		const [simple] = await run({ operation: 'get', contactId: byId(contact.id) });
		expect(simple.json).toEqual({
			id: contact.id,
			email: contact.email,
			first_name: 'Rita',
			last_name: 'Rich',
			phone_number: '1701234567',
			country: 'DE',
			enabled: true,
			external_user_id: null,
			created_at: contact.created_at,
		});
		const [raw] = await run({ operation: 'get', contactId: byId(contact.id), simplify: false });
		expect(raw.json.avatar_url).toBe('/uploads/avatar-rita.png');
	});

	it('an unknown contact is a 404', async () => {
		await expect(run({ operation: 'get', contactId: byId(99999) })).rejects.toThrow(
			'Libredesk: User not found (HTTP 404, NotFoundException)',
		);
	});
});
