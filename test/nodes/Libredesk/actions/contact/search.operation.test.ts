import { credentialsFor } from '../../../../helpers/fixtures';
import { listSearch } from '../../../../helpers/n8n';
import { useContactRig } from '../../../../helpers/contactRig';

const { ctx, run, richContact } = useContactRig();

describe('Contact → Search', () => {
	it('searches by email (3 characters at least) and feeds the contact list', async () => {
		const contact = await richContact();
		const output = await run({ operation: 'search', query: contact.email.slice(0, 12) });
		expect(output.map((item) => item.json.id)).toContain(contact.id);
		await expect(run({ operation: 'search', query: 'ab' })).rejects.toThrow(
			/"Email" of item 0 has 2 characters/,
		);
		const list = await listSearch('searchContacts', credentialsFor(ctx.sim), contact.email);
		expect(list.results).toEqual([
			{ name: `Rita Rich <${contact.email}>`, value: String(contact.id) },
		]);
	});
});
