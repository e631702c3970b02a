import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('contact', { operation: 'deleteNote' });

describe('Contact → Delete Note', () => {
	it('deletes a note of the contact', async () => {
		const { contact } = await seedConversation(ctx.sim);
		const note = await simCall<{ id: number }>(ctx.sim, 'POST', `/contacts/${contact.id}/notes`, {
			note: 'call back',
		});
		const [output] = await run({
			contactId: { __rl: true, mode: 'id', value: String(contact.id) },
			noteId: String(note.id),
		});
		expect(
			requestsTo(ctx.sim, 'DELETE', `/api/v1/contacts/${contact.id}/notes/${note.id}`),
		).toHaveLength(1);
		expect(output.json).toEqual({ deleted: true, id: note.id, contact_id: contact.id });
		expect(ctx.sim.state.contactNotes.some((candidate) => candidate.id === note.id)).toBe(false);
	});

	it('a note the contact does not have fails clearly (Libredesk would report success)', async () => {
		const { contact } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		await expect(
			run({ contactId: { __rl: true, mode: 'id', value: String(contact.id) }, noteId: '999' }),
		).rejects.toThrow(/"Note ID" of item 0 is 999, but contact \d+ has no note with that ID/);
		expect(ctx.sim.requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
		await expect(
			run({ contactId: { __rl: true, mode: 'id', value: String(contact.id) }, noteId: 'x' }),
		).rejects.toThrow(/"Note ID" of item 0 is not a positive whole number/);
	});
});
