/** Block and Unblock share one call (nodes/Libredesk/actions/contact/block.ts). */
import { byId } from '../../../../helpers/contactRig';
import { useResourceRig } from '../../../../helpers/resourceRig';
import { seedRichContact } from '../../../../helpers/seed';

const { ctx, run, runAs, writes } = useResourceRig('contact');

describe('Block / Unblock', () => {
	it.each([['block'], ['unblock']])(
		'%s outputs the whole contact, read back after the PUT (which answers only the change)',
		async (operation) => {
			const contact = await seedRichContact(ctx.sim);
			ctx.sim.clearRequests();
			const [output] = await run({ operation, contactId: byId(contact.id) });
			expect(ctx.sim.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
				`PUT /api/v1/contacts/${contact.id}/block`,
				`GET /api/v1/contacts/${contact.id}`,
			]);
			expect(output.json).toMatchObject({
				id: contact.id,
				email: contact.email,
				enabled: operation === 'unblock',
			});
		},
	);

	it.each([
		['block', 'blocked'],
		['unblock', 'unblocked'],
	])('%s, then a failed read-back: the error says the contact was %s', async (operation, done) => {
		const contact = await seedRichContact(ctx.sim);
		ctx.sim.injectFault({
			kind: 'status',
			status: 403,
			match: new RegExp(`^GET /api/v1/contacts/${contact.id}$`),
		});
		const error = (await run({ operation, contactId: byId(contact.id) }).catch(
			(caught: Error) => caught,
		)) as Error & { description?: string };
		expect(error.message).toMatch(
			new RegExp(
				`^Libredesk ${done} contact ${contact.id}, but reading it back failed: Libredesk:`,
			),
		);
		expect(error.description).toMatch(/do not run the item again/);
		expect(ctx.sim.state.findUser(contact.id)?.enabled).toBe(operation === 'unblock');
	});

	it("without contacts:block: Libredesk's 403 names the permission, and the contact stays enabled", async () => {
		const contact = await seedRichContact(ctx.sim);
		ctx.sim.clearRequests();
		const error = (await runAs('agent', { operation: 'block', contactId: byId(contact.id) }).catch(
			(caught: Error) => caught,
		)) as Error & { description?: string };
		expect(error.message).toMatch(/\(HTTP 403, PermissionException\)$/);
		expect(error.description).toMatch(/\(contacts:block\)/);
		expect(writes()).toHaveLength(1);
		expect(ctx.sim.state.findUser(contact.id)?.enabled).toBe(true);
	});

	it('refuses a contact ID that is not a positive whole number before any request', async () => {
		ctx.sim.clearRequests();
		await expect(run({ operation: 'unblock', contactId: byId(0) })).rejects.toThrow(
			/"Contact" of item 0/,
		);
		expect(ctx.sim.requests).toHaveLength(0);
	});
});
