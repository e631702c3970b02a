/** The report routes count from the simulator's state as Libredesk's queries count from its tables. */
import { call, tokenFor } from '../../helpers/rawCall';
import { useSimulator } from '../../helpers/fixtures';
import { seedConversation, simCall } from '../../helpers/seed';

const ctx = useSimulator();
const data = async (path: string) =>
	(await call(ctx.sim, 'GET', `/api/v1/reports/overview/${path}`)).json.data as Record<
		string,
		unknown
	>;

describe('reports', () => {
	it('counts open, awaiting and unassigned conversations, and agents by availability (disabled ones too)', async () => {
		const open = await seedConversation(ctx.sim);
		const resolved = await seedConversation(ctx.sim, { agent_id: 1 });
		await simCall(ctx.sim, 'PUT', `/conversations/${resolved.uuid}/status`, { status: 'Resolved' });
		ctx.sim.state.findUser(5)!.availability_status = 'away_manual';
		expect(await data('counts')).toEqual({
			open: 1,
			awaiting_response: 1,
			unassigned: 1,
			pending: 1,
			agents_online: 0,
			agents_away: 1,
			agents_reassigning: 0,
			agents_offline: 3,
		});
		expect(open.uuid).toBeDefined();
	});

	it('reads days like Go Atoi: junk is today, a negative period is empty, far past is a 500', async () => {
		expect(await data('messages?days=x')).toEqual(await data('messages?days=0'));
		expect(await data('messages?days=-3')).toEqual({
			total_messages: 0,
			incoming_messages: 0,
			outgoing_messages: 0,
			messages_per_conversation: 0,
		});
		expect((await call(ctx.sim, 'GET', '/api/v1/reports/overview/csat?days=3000000')).status).toBe(
			500,
		);
	});

	it('message volume counts notes as outgoing and rounds messages per conversation', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${uuid}/messages`, {
			message: 'note',
			private: true,
			sender_type: 'agent',
		});
		const volume = await data('messages?days=1');
		expect(volume.outgoing_messages).toBe(1);
		expect(volume.total_messages).toBe(Number(volume.incoming_messages) + 1);
		expect(volume.messages_per_conversation).toBe(
			Math.round((Number(volume.total_messages) / 3) * 10) / 10,
		);
	});

	it('tags: unused tags stay listed with 0, most used first, with the share of tagged conversations', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await simCall(ctx.sim, 'POST', `/conversations/${uuid}/tags`, {
			tags: ['bug'],
			action: 'add_tags',
		});
		const tags = await data('tags?days=1');
		expect(tags.top_tags).toEqual([
			{ tag_id: 2, tag_name: 'bug', count: 1 },
			{ tag_id: 1, tag_name: 'billing', count: 0 },
			{ tag_id: 3, tag_name: 'vip', count: 0 },
		]);
		expect(tags).toMatchObject({
			tagged_conversations: 1,
			untagged_conversations: 3,
			tagged_percentage: 25,
		});
	});

	it('needs reports:manage', async () => {
		expect(
			(await call(ctx.sim, 'GET', '/api/v1/reports/overview/sla', undefined, tokenFor('agent')))
				.status,
		).toBe(403);
	});
});
