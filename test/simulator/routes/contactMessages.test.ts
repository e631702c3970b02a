/** Pinned against Libredesk v2.7.0: no default role may write as the contact. */
import { useSimulator } from '../../helpers/fixtures';
import { seedConversation } from '../../helpers/seed';
import { call } from '../../helpers/rawCall';

const ctx = useSimulator();

describe('messages with sender_type contact', () => {
	it('need messages:write_as_contact, then record an incoming message from the contact', async () => {
		const { uuid, contact } = await seedConversation(ctx.sim);
		const body = { sender_type: 'contact', message: '<p>from contact</p>' };
		expect(
			await call(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`, body),
		).toMatchObject({
			status: 403,
			json: { message: 'Permission denied', error_type: 'PermissionException' },
		});
		ctx.sim.state.users[0].roles.push('Contact Messages');
		const created = (await call(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`, body))
			.json.data;
		expect(created).toMatchObject({
			type: 'incoming',
			status: 'received',
			sender_type: 'contact',
			sender_id: contact.id,
			private: false,
		});
	});
});
