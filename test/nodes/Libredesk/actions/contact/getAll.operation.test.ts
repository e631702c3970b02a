import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
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

describe('Contact → Get Many', () => {
	it('lists contacts in order, with a limit', async () => {
		await richContact();
		await richContact();
		const output = await run({
			operation: 'getAll',
			limit: 2,
			options: { orderBy: 'email', order: 'asc' },
		});
		expect(output).toHaveLength(2);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/contacts')[0].query).toMatchObject({
			order_by: 'users.email',
			order: 'asc',
			page_size: '2',
		});
		const emails = ctx.sim.state.users
			.filter((user) => user.type === 'contact')
			.map((user) => user.email)
			.sort();
		expect(output.map((item) => item.json.email)).toEqual(emails.slice(0, 2));
	});
});
