import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { seedRichContact } from '../../../../helpers/seed';

const ctx = useSimulator();
const byId = (id: number) => ({ __rl: true, mode: 'id', value: String(id) });
const run = async (parameters: INodeParameters) =>
	await runNode(
		libredeskNode({ resource: 'contact', ...parameters }),
		[{ json: {} }],
		credentialsFor(ctx.sim),
	);

const richContact = async () => await seedRichContact(ctx.sim);

beforeEach(() => ctx.sim.clearRequests());

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
