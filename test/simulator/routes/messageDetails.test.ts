/** Pinned against Libredesk v2.7.0 (answers seen on the live server). */
import { useSimulator } from '../../helpers/fixtures';
import { seedConversation } from '../../helpers/seed';
import { call } from '../../helpers/rawCall';

const ctx = useSimulator();
const UNKNOWN = '7f1c2a9e-1b2c-4d3e-8f90-123456789abc';

describe('one message: get, retry, delete', () => {
	it('answers as Libredesk does', async () => {
		const { uuid, id } = await seedConversation(ctx.sim);
		const incoming = ctx.sim.state.messages.find((message) => message.conversation_id === id)!;
		expect(
			(await call(ctx.sim, 'GET', `/api/v1/conversations/${uuid}/messages/${UNKNOWN}`)).json,
		).toEqual({
			status: 'error',
			message: 'Something went wrong',
			data: null,
			error_type: 'GeneralException',
		});
		expect(
			(await call(ctx.sim, 'GET', `/api/v1/conversations/${uuid}/messages/${incoming.uuid}`)).json
				.data,
		).toMatchObject({ uuid: incoming.uuid, type: 'incoming' });
		expect(
			await call(ctx.sim, 'PUT', `/api/v1/conversations/${uuid}/messages/${incoming.uuid}/retry`),
		).toMatchObject({
			status: 400,
			json: { message: 'Bad request', error_type: 'InputException' },
		});
		expect(
			await call(ctx.sim, 'DELETE', `/api/v1/conversations/${uuid}/messages/${incoming.uuid}`),
		).toMatchObject({
			status: 404,
			json: { message: 'Not found', error_type: 'NotFoundException' },
		});
		const note = (
			await call(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`, {
				sender_type: 'agent',
				private: true,
				message: 'n',
			})
		).json.data as { uuid: string };
		expect(
			(await call(ctx.sim, 'DELETE', `/api/v1/conversations/${uuid}/messages/${note.uuid}`)).json,
		).toEqual({ status: 'success', data: { content: 'This note was deleted' } });
		expect(
			(await call(ctx.sim, 'DELETE', `/api/v1/conversations/${uuid}/messages/${note.uuid}`)).status,
		).toBe(404);
	});
});
