import { requestsTo } from '../../../../helpers/fixtures';
import { useContactRig } from '../../../../helpers/contactRig';

const { ctx, run, richContact } = useContactRig();

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
