import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useContactRig } from '../../../../helpers/contactRig';

const { ctx, run, richContact } = useContactRig();

describe('Contact → Update', () => {
	it('changes only the given field and keeps every other one (Libredesk replaces the whole contact)', async () => {
		const contact = await richContact();
		const [output] = await run({
			operation: 'update',
			contactId: byId(contact.id),
			updateFields: { firstName: 'Rita-Maria' },
		});
		expect(output.json).toMatchObject({
			first_name: 'Rita-Maria',
			last_name: 'Rich',
			email: contact.email,
			phone_number: '1701234567',
			phone_number_country_code: '+49',
			country: 'DE',
			avatar_url: '/uploads/avatar-rita.png',
		});
		const [put] = requestsTo(ctx.sim, 'PUT', `/api/v1/contacts/${contact.id}`);
		expect(put.headers['content-type']).toMatch(/^multipart\/form-data/);
	});

	it('the same update sent naively (first name and email only) would lose data: the simulator is faithful', async () => {
		const contact = await richContact();
		const form = new FormData();
		form.append('first_name', 'Naive');
		form.append('email', contact.email);
		const { SEED_KEYS } = await import('../../../../../simulator/state');
		await fetch(`${ctx.sim.url}/api/v1/contacts/${contact.id}`, {
			method: 'PUT',
			headers: {
				Authorization: `Basic ${Buffer.from(`${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`).toString('base64')}`,
			},
			body: form,
		});
		expect(ctx.sim.state.findUser(contact.id)).toMatchObject({
			phone_number: null,
			country: null,
			avatar_url: null,
		});
	});

	it('removes the avatar only when asked', async () => {
		const contact = await richContact();
		const [output] = await run({
			operation: 'update',
			contactId: byId(contact.id),
			updateFields: { removeAvatar: true, country: 'AT' },
		});
		expect(output.json).toMatchObject({
			avatar_url: null,
			country: 'AT',
			phone_number: '1701234567',
		});
	});

	it('checks the email and refuses an empty update before any request', async () => {
		const contact = await richContact();
		ctx.sim.clearRequests();
		await expect(
			run({ operation: 'update', contactId: byId(contact.id), updateFields: { email: 'nope' } }),
		).rejects.toThrow(/"Email" of item 0 is not a valid email address/);
		await expect(
			run({ operation: 'update', contactId: byId(contact.id), updateFields: {} }),
		).rejects.toThrow(/"Update Fields" of item 0 is empty/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('an email another contact has is Libredesk’s 400', async () => {
		const contact = await richContact();
		const other = await richContact();
		await expect(
			run({
				operation: 'update',
				contactId: byId(contact.id),
				updateFields: { email: other.email },
			}),
		).rejects.toThrow(
			'Libredesk: Another contact with same email already exists (HTTP 400, InputException)',
		);
	});
});
