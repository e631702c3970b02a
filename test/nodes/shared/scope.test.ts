/** The inbox and team of a delivery; the look-up for message events runs through the trigger (WebhookContext). */
import { credentialsFor, useSimulator } from '../../helpers/fixtures';
import {
	REGISTRATION_ROUTES,
	answerByRoute,
	hostileCredentials,
	useHostile,
} from '../../helpers/hostile';
import { seedConversation, simCall } from '../../helpers/seed';
import { deliver, startTriggerRig } from '../../helpers/trigger';
import { hasScopeFilters, inScope, payloadConversation } from '../../../nodes/shared/scope';
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

describe('deliveryScope against a server that answers what Libredesk never sends', () => {
	const hostile = useHostile();
	const UUID = '5b0e7f1a-0000-4000-8000-000000000002';
	const CONVERSATION = `GET /api/v1/conversations/${UUID}`;

	it.each([
		[
			'a list',
			[{ uuid: UUID, inbox_id: 1, assigned_team_id: 1 }],
			/the answer is a list, not a record/,
		],
		['text', 'ok', /the answer is text, not a record/],
		['null', null, /the answer is null, not a record/],
	])(
		'a conversation read back as %s fails the delivery with the node’s error, not as out of scope',
		async (_case, bad, what) => {
			const answers: Record<string, unknown> = {
				...REGISTRATION_ROUTES,
				[CONVERSATION]: bad,
			};
			answerByRoute(hostile.server, answers);
			const rig = await startTriggerRig(
				{ events: ['message.created'], options: { teamIds: [1] } },
				hostileCredentials(hostile.server),
			);
			try {
				await rig.hook('create');
				const payload = { uuid: 'm-1', conversation_uuid: UUID, type: 'incoming' };
				const { status, text } = await deliver(rig, 'message.created', payload);
				expect(status).toBe(500);
				expect(text).toMatch(
					new RegExp(
						`answered ${CONVERSATION.replace(/\//g, '\\/')} with something other than a Libredesk API response`,
					),
				);
				expect(text).toMatch(what);
				expect(rig.runs).toEqual([]);
				// A conversation gone (404) is still out of scope.
				delete answers[CONVERSATION];
				expect(await deliver(rig, 'message.created', { ...payload, uuid: 'm-2' })).toEqual({
					status: 200,
					text: 'ignored',
				});
			} finally {
				await rig.close();
			}
		},
	);
});
