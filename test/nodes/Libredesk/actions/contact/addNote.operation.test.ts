import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { seedRichContact, simCall } from '../../../../helpers/seed';

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
