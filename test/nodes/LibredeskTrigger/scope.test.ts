/** The inbox and team of a delivery; the look-up for message events runs through the trigger (WebhookContext). */
import { credentialsFor, useSimulator } from '../../helpers/fixtures';
import { seedConversation, simCall } from '../../helpers/seed';
import { startTriggerRig } from '../../helpers/trigger';
import {
	hasScopeFilters,
	inScope,
	payloadConversation,
} from '../../../nodes/LibredeskTrigger/scope';
import { sign } from '../../../simulator/webhooks';

describe('payloadConversation', () => {
	it('is the payload itself for conversation.created and its `conversation` otherwise', () => {
		expect(payloadConversation('conversation.created', { uuid: 'a', inbox_id: 1 })).toEqual({
			uuid: 'a',
			inbox_id: 1,
		});
		expect(
			payloadConversation('vip_waiting', { conversation: { uuid: 'b' }, actor_id: 1 }),
		).toEqual({ uuid: 'b' });
		expect(payloadConversation('message.created', { conversation_uuid: 'c' })).toBeUndefined();
	});
});

describe('inScope', () => {
	it('passes everything without filters, and needs a listed inbox and a listed team when given', () => {
		expect(hasScopeFilters({ inboxIds: [], teamIds: [] })).toBe(false);
		expect(inScope({}, {})).toBe(true);
		expect(inScope({ inboxId: 2, teamId: null }, { inboxIds: [2] })).toBe(true);
		expect(inScope({ inboxId: 1, teamId: null }, { inboxIds: [2] })).toBe(false);
		expect(inScope({ inboxId: 2, teamId: null }, { teamIds: [1] })).toBe(false);
		expect(inScope({ inboxId: 2, teamId: 1 }, { inboxIds: [2], teamIds: [1, 3] })).toBe(true);
		// IDs typed in an expression arrive as text.
		expect(inScope({ inboxId: 2 }, { inboxIds: ['2' as unknown as number] })).toBe(true);
	});
});

describe('deliveryScope (message events ask Libredesk)', () => {
	const ctx = useSimulator();

	it('looks up the conversation of a message once per delivery; an unknown conversation is out of scope', async () => {
		const rig = await startTriggerRig(
			{ events: ['message.created'], options: { teamIds: [1] } },
			credentialsFor(ctx.sim),
		);
		await rig.hook('create');
		const conversation = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'PUT', `/conversations/${conversation.uuid}/assignee/team`, {
			assignee_id: 1,
		});
		await ctx.sim.webhooks.settled();
		ctx.sim.requests.splice(0);
		const secret = rig.staticData().webhookSecret as string;
		const send = async (uuid: string) => {
			const body = JSON.stringify({
				event: 'message.created',
				timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
				payload: { uuid: `m-${uuid}`, conversation_uuid: uuid, type: 'incoming' },
			});
			return await (
				await fetch(rig.webhookUrl, {
					method: 'POST',
					headers: { 'X-Libredesk-Signature': sign(secret, body) },
					body,
				})
			).text();
		};
		expect(await send(conversation.uuid)).toBe('{"message":"Workflow was started"}');
		expect(await send('00000000-0000-4000-8000-000000000000')).toBe('ignored');
		expect(ctx.sim.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET /api/v1/conversations/${conversation.uuid}`,
			'GET /api/v1/conversations/00000000-0000-4000-8000-000000000000',
		]);
		await rig.hook('delete');
		await rig.close();
	});
});
