import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, listSearch, runNode } from '../../../../helpers/n8n';
import { seedConversation, simCall } from '../../../../helpers/seed';

const ctx = useSimulator();
const byId = (id: number) => ({ __rl: true, mode: 'id', value: String(id) });
const run = async (parameters: INodeParameters) => await runNode(libredeskNode({ resource: 'contact', ...parameters }), [{ json: {} }], credentialsFor(ctx.sim));

beforeEach(() => ctx.sim.clearRequests());

async function richContact() {
	const { contact } = await seedConversation(ctx.sim, { contact_email: `rich-${Date.now()}@example.com`, first_name: 'Rita', last_name: 'Rich' });
	const stored = ctx.sim.state.findUser(contact.id)!;
	Object.assign(stored, { phone_number: '1701234567', phone_number_country_code: '+49', country: 'DE', avatar_url: '/uploads/avatar-rita.png' });
	return stored;
}

describe('Contact → Update', () => {
	it('changes only the given field and keeps every other one (Libredesk replaces the whole contact)', async () => {
		const contact = await richContact();
		const [output] = await run({ operation: 'update', contactId: byId(contact.id), updateFields: { firstName: 'Rita-Maria' } });
		expect(output.json).toMatchObject({ first_name: 'Rita-Maria', last_name: 'Rich', email: contact.email, phone_number: '1701234567', phone_number_country_code: '+49', country: 'DE', avatar_url: '/uploads/avatar-rita.png' });
		const [put] = requestsTo(ctx.sim, 'PUT', `/api/v1/contacts/${contact.id}`);
		expect(put.headers['content-type']).toMatch(/^multipart\/form-data/);
	});

	it('the same update sent naively (first name and email only) would lose data: the simulator is faithful', async () => {
		const contact = await richContact();
		const form = new FormData();
		form.append('first_name', 'Naive');
		form.append('email', contact.email);
		const { SEED_KEYS } = await import('../../../../../simulator/state');
		await fetch(`${ctx.sim.url}/api/v1/contacts/${contact.id}`, { method: 'PUT', headers: { Authorization: `Basic ${Buffer.from(`${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`).toString('base64')}` }, body: form });
		expect(ctx.sim.state.findUser(contact.id)).toMatchObject({ phone_number: null, country: null, avatar_url: null });
	});

	it('removes the avatar only when asked', async () => {
		const contact = await richContact();
		const [output] = await run({ operation: 'update', contactId: byId(contact.id), updateFields: { removeAvatar: true, country: 'AT' } });
		expect(output.json).toMatchObject({ avatar_url: null, country: 'AT', phone_number: '1701234567' });
	});

	it('checks the email and refuses an empty update before any request', async () => {
		const contact = await richContact();
		ctx.sim.clearRequests();
		await expect(run({ operation: 'update', contactId: byId(contact.id), updateFields: { email: 'nope' } })).rejects.toThrow(/"Email" of item 0 is not a valid email address/);
		await expect(run({ operation: 'update', contactId: byId(contact.id), updateFields: {} })).rejects.toThrow(/"Update Fields" of item 0 is empty/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('an email another contact has is Libredesk’s 400', async () => {
		const contact = await richContact();
		const other = await richContact();
		await expect(run({ operation: 'update', contactId: byId(contact.id), updateFields: { email: other.email } })).rejects.toThrow('Libredesk: Another contact with same email already exists (HTTP 400, InputException)');
	});
});

describe('Contact → Get, Get Many, Search', () => {
	it('gets one contact, simplified or raw', async () => {
		const contact = await richContact();
		const [simple] = await run({ operation: 'get', contactId: byId(contact.id) });
		expect(simple.json).toEqual({ id: contact.id, email: contact.email, first_name: 'Rita', last_name: 'Rich', phone_number: '1701234567', country: 'DE', enabled: true, external_user_id: null, created_at: contact.created_at });
		const [raw] = await run({ operation: 'get', contactId: byId(contact.id), simplify: false });
		expect(raw.json.avatar_url).toBe('/uploads/avatar-rita.png');
	});

	it('an unknown contact is a 404', async () => {
		await expect(run({ operation: 'get', contactId: byId(99999) })).rejects.toThrow('Libredesk: User not found (HTTP 404, NotFoundException)');
	});

	it('lists contacts in order, with a limit', async () => {
		await richContact();
		await richContact();
		const output = await run({ operation: 'getAll', limit: 2, options: { orderBy: 'email', order: 'asc' } });
		expect(output).toHaveLength(2);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/contacts')[0].query).toMatchObject({ order_by: 'users.email', order: 'asc', page_size: '2' });
		const emails = ctx.sim.state.users.filter((user) => user.type === 'contact').map((user) => user.email).sort();
		expect(output.map((item) => item.json.email)).toEqual(emails.slice(0, 2));
	});

	it('searches by email (3 characters at least) and feeds the contact list', async () => {
		const contact = await richContact();
		const output = await run({ operation: 'search', query: contact.email.slice(0, 12) });
		expect(output.map((item) => item.json.id)).toContain(contact.id);
		await expect(run({ operation: 'search', query: 'ab' })).rejects.toThrow(/"Email" of item 0 has 2 characters/);
		const list = await listSearch('searchContacts', credentialsFor(ctx.sim), contact.email);
		expect(list.results).toEqual([{ name: `Rita Rich <${contact.email}>`, value: String(contact.id) }]);
	});
});

describe('Contact → Block, Unblock, Notes', () => {
	it('blocks and unblocks, outputting the contact', async () => {
		const contact = await richContact();
		expect((await run({ operation: 'block', contactId: byId(contact.id) }))[0].json.enabled).toBe(false);
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/contacts/${contact.id}/block`)[0].json).toEqual({ enabled: false });
		expect((await run({ operation: 'unblock', contactId: byId(contact.id) }))[0].json.enabled).toBe(true);
	});

	it('adds a note and lists the notes', async () => {
		const contact = await richContact();
		const [note] = await run({ operation: 'addNote', contactId: byId(contact.id), note: 'Prefers phone calls' });
		expect(note.json).toMatchObject({ note: 'Prefers phone calls', contact_id: contact.id, first_name: 'Ada' });
		await simCall(ctx.sim, 'POST', `/contacts/${contact.id}/notes`, { note: 'Second' });
		const notes = await run({ operation: 'getNotes', contactId: byId(contact.id) });
		expect(notes.map((item) => item.json.note)).toEqual(['Second', 'Prefers phone calls']);
	});
});
