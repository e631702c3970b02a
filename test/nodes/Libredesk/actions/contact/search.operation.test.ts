import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, listSearch, runNode } from '../../../../helpers/n8n';
import { seedRichContact } from '../../../../helpers/seed';

const ctx = useSimulator();
const run = async (parameters: INodeParameters) =>
	await runNode(
		libredeskNode({ resource: 'contact', ...parameters }),
		[{ json: {} }],
		credentialsFor(ctx.sim),
	);

const richContact = async () => await seedRichContact(ctx.sim);

beforeEach(() => ctx.sim.clearRequests());

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
