import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs, writes } = useResourceRig('agent', { operation: 'create' });

describe('Agent → Create', () => {
	it('creates an agent with roles and teams and outputs it', async () => {
		const [output] = await run({
			email: ' New.Hire@Example.com ',
			firstName: 'Nia',
			roles: ['Agent'],
			additionalFields: { lastName: 'Hire', teams: 'Billing, Tier 1' },
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/agents')[0].json).toEqual({
			email: 'new.hire@example.com',
			first_name: 'Nia',
			last_name: 'Hire',
			roles: ['Agent'],
			teams: ['Billing', 'Tier 1'],
			send_welcome_email: false,
		});
		expect(output.json).toMatchObject({
			email: 'new.hire@example.com',
			roles: ['Agent'],
			teams: [
				expect.objectContaining({ name: 'Billing' }),
				expect.objectContaining({ name: 'Tier 1' }),
			],
		});
	});

	it.each([
		[{ email: 'not-an-email' }, 'The "Email" of item 0 is not a valid email address'],
		[
			{ email: 'bo@desk.example' },
			'The "Email" of item 0 is bo@desk.example, which agent 2 already has',
		],
		[{ firstName: '' }, 'The "First Name" of item 0 is empty'],
		[{ roles: [] }, 'The "Role Names or IDs" of item 0 is empty'],
		[
			{ roles: ['Agent', 'Superhero'] },
			'The "Role Names or IDs" of item 0 contains "Superhero", which Libredesk does not have',
		],
		[
			{ additionalFields: { teams: ['Nights'] } },
			'The "Team Names or IDs" of item 0 contains "Nights", which Libredesk does not have',
		],
	])(
		'refuses %j before sending (Libredesk would drop unknown roles after creating): %s',
		async (parameters, message) => {
			ctx.sim.clearRequests();
			await expect(
				run({ email: 'fresh@example.com', firstName: 'F', roles: ['Agent'], ...parameters }),
			).rejects.toThrow(message);
			expect(writes()).toHaveLength(0);
		},
	);

	it("without users:manage: Libredesk's 403 names the permission", async () => {
		const error = await runAs('agent', {
			email: 'x@example.com',
			firstName: 'X',
			roles: ['Agent'],
		}).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(error.description).toMatch(/users:manage/);
	});

	it('is never sent twice when Libredesk fails, and says where to look', async () => {
		ctx.sim.clearRequests();
		ctx.sim.injectFault({ match: /^POST \/api\/v1\/agents$/, kind: 'status', status: 503 });
		const error = await run({ email: 'once@example.com', firstName: 'O', roles: ['Agent'] }).catch(
			(caught) => caught,
		);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/agents')).toHaveLength(1);
		expect(error.description).toMatch(/once@example.com/);
	});
});
