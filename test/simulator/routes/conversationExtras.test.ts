/** Pinned against Libredesk v2.7.0 (answers seen on the live server). */
import { useSimulator } from '../../helpers/fixtures';
import { seedConversation } from '../../helpers/seed';
import { ROLE_PERMISSIONS } from '../../../simulator/state';
import { call, tokenFor } from '../../helpers/rawCall';

const ctx = useSimulator();

describe('participants, mark unread, contact attributes, team queue', () => {
	it('answers as Libredesk does', async () => {
		const { uuid, contact } = await seedConversation(ctx.sim, { first_name: 'Probe' });
		expect(
			(await call(ctx.sim, 'GET', `/api/v1/conversations/${uuid}/participants`)).json.data,
		).toEqual([{ id: contact.id, first_name: 'Probe', last_name: '', avatar_url: null }]);
		expect((await call(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/mark-unread`)).json).toEqual({
			status: 'success',
			data: true,
		});
		await call(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/contacts/custom-attributes`, {
			crm_id: 'C-1',
		});
		await call(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/contacts/custom-attributes`, {
			other: 'x',
		});
		expect(ctx.sim.state.findUser(contact.id)?.custom_attributes).toEqual({
			crm_id: 'C-1',
			other: 'x',
		});
		expect(await call(ctx.sim, 'GET', '/api/v1/teams/2/conversations/unassigned')).toMatchObject({
			status: 403,
			json: {
				message: "You're not a member of this team, Please refresh the page and try again",
				error_type: 'PermissionException',
			},
		});
	});

	it('filters lists by the contact email (users.email)', async () => {
		await seedConversation(ctx.sim, { contact_email: 'features-probe@example.com' });
		const filters = encodeURIComponent(
			JSON.stringify([
				{ model: 'users', field: 'email', operator: 'equals', value: 'features-probe@example.com' },
			]),
		);
		const page = (await call(ctx.sim, 'GET', `/api/v1/conversations/all?filters=${filters}`)).json
			.data as { total: number };
		expect(page.total).toBe(1);
	});
});

describe('saved views', () => {
	it("list only the conversations the caller's read permissions reach; none of them is a 403", async () => {
		const mine = await seedConversation(ctx.sim, { agent_id: 2 });
		const other = await seedConversation(ctx.sim, { agent_id: 1 });
		const bo = ctx.sim.state.findUser(2)!;
		const roles = bo.roles;
		try {
			ROLE_PERMISSIONS['Assigned Reader'] = ['conversations:read', 'conversations:read_assigned'];
			bo.roles = ['Assigned Reader'];
			const page = (
				await call(ctx.sim, 'GET', '/api/v1/views/3/conversations', undefined, tokenFor('agent'))
			).json.data as { results: Array<{ uuid: string }> };
			const uuids = page.results.map((row) => row.uuid);
			expect(uuids).toContain(mine.uuid);
			expect(uuids).not.toContain(other.uuid);
			ROLE_PERMISSIONS['Assigned Reader'] = ['conversations:read'];
			expect(
				await call(ctx.sim, 'GET', '/api/v1/views/3/conversations', undefined, tokenFor('agent')),
			).toMatchObject({ status: 403, json: { message: 'Permission denied' } });
		} finally {
			bo.roles = roles;
			delete ROLE_PERMISSIONS['Assigned Reader'];
		}
	});

	it('leave out a null user_id or team_id', async () => {
		const shared = (await call(ctx.sim, 'GET', '/api/v1/views/shared')).json.data as Array<
			Record<string, unknown>
		>;
		expect(shared.map((view) => Object.keys(view).filter((key) => key.endsWith('_id')))).toEqual([
			['team_id'],
			[],
		]);
	});
});
