/**
 * Overview reports (cmd/report.go, internal/report/queries.sql), permission reports:manage. `days`
 * is read with Go's Atoi (anything else is 0): 0 means since midnight today, N the last N × 24 h.
 * The simulator has no SLA or CSAT data, so those report zeros.
 */
import { errors, ok } from '../http';
import type { Route, RouteContext } from '../route';
import type { Conversation, Json, SimState } from '../state';

/** Roughly where Postgres's timestamps end (4713 BC): past it the query fails with a 500. */
const TOO_FAR_DAYS = 2_400_000;

function periodStart(query: URLSearchParams): Date | undefined {
	const raw = query.get('days') ?? '';
	const days = /^[+-]?\d+$/.test(raw) ? Number(raw) : 0;
	if (Math.abs(days) > TOO_FAR_DAYS) return undefined;
	if (days === 0) {
		const today = new Date();
		today.setUTCHours(0, 0, 0, 0);
		return today;
	}
	return new Date(Date.now() - days * 24 * 3600 * 1000);
}

/** Postgres ROUND(x, 1). */
const round1 = (value: number) => Math.round(value * 10) / 10;
const since = (at: string | null, start: Date) => at !== null && new Date(at) >= start;
const day = (at: string) => at.slice(0, 10);

function perDay(conversations: Conversation[], when: (c: Conversation) => string): Json {
	if (!conversations.length) return null; // json_agg of no rows
	const counts = new Map<string, number>();
	for (const conversation of conversations) {
		const date = day(when(conversation));
		counts.set(date, (counts.get(date) ?? 0) + 1);
	}
	return [...counts.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([date, count]) => ({ date, count }));
}

function isResolved(state: SimState, conversation: Conversation): boolean {
	return state.statusOf(conversation)?.category === 'resolved';
}

function withPeriod(report: (ctx: RouteContext, start: Date) => Json) {
	return (ctx: RouteContext) => {
		const start = periodStart(ctx.query);
		return start ? ok(report(ctx, start)) : errors.general();
	};
}

const ZERO_SLA = {
	first_response_met_count: 0,
	first_response_breached_count: 0,
	avg_first_response_time_sec: 0,
	next_response_met_count: 0,
	next_response_breached_count: 0,
	avg_next_response_time_sec: 0,
	resolution_met_count: 0,
	resolution_breached_count: 0,
	avg_resolution_time_sec: 0,
	first_response_compliance_percent: 0,
	next_response_compliance_percent: 0,
	resolution_compliance_percent: 0,
};

export const reportRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/reports/overview/counts',
		guard: 'reports:manage',
		handle: ({ state }) => {
			const open = state.conversations.filter((c) => !isResolved(state, c));
			// Disabled agents count too; deleted ones (kept aside in deletedUsers) do not.
			const agents = (status: string) =>
				state.users.filter((user) => user.type === 'agent' && user.availability_status === status)
					.length;
			return ok({
				open: open.length,
				awaiting_response: open.filter((c) => c.last_message_sender === 'contact').length,
				unassigned: open.filter((c) => c.assigned_user_id === null).length,
				// first_reply_at stays null in the simulator (see serialize.ts).
				pending: open.length,
				agents_online: agents('online'),
				agents_away: agents('away_manual'),
				agents_reassigning: agents('away_and_reassigning'),
				agents_offline: agents('offline'),
			});
		},
	},
	{
		method: 'GET',
		path: '/api/v1/reports/overview/charts',
		guard: 'reports:manage',
		handle: withPeriod(({ state }, start) => {
			const created = state.conversations.filter((c) => since(c.created_at, start));
			// The simulator keeps no resolved_at: the last update of a resolved conversation stands in.
			const resolved = created.filter((c) => isResolved(state, c));
			return {
				new_conversations: perDay(created, (c) => c.created_at),
				resolved_conversations: perDay(resolved, (c) => c.updated_at),
			};
		}),
	},
	{
		method: 'GET',
		path: '/api/v1/reports/overview/sla',
		guard: 'reports:manage',
		handle: withPeriod(() => ZERO_SLA),
	},
	{
		method: 'GET',
		path: '/api/v1/reports/overview/csat',
		guard: 'reports:manage',
		handle: withPeriod(() => ({
			average_rating: 0,
			total_responses: 0,
			total_sent: 0,
			response_rate: 0,
		})),
	},
	{
		method: 'GET',
		path: '/api/v1/reports/overview/messages',
		guard: 'reports:manage',
		handle: withPeriod(({ state }, start) => {
			// Private notes are outgoing messages and count; activity entries do not.
			const messages = state.messages.filter(
				(m) => m.type !== 'activity' && since(m.created_at, start),
			);
			const conversations = new Set(messages.map((m) => m.conversation_id)).size;
			return {
				total_messages: messages.length,
				incoming_messages: messages.filter((m) => m.type === 'incoming').length,
				outgoing_messages: messages.filter((m) => m.type === 'outgoing').length,
				messages_per_conversation: conversations ? round1(messages.length / conversations) : 0,
			};
		}),
	},
	{
		method: 'GET',
		path: '/api/v1/reports/overview/tags',
		guard: 'reports:manage',
		handle: withPeriod(({ state }, start) => {
			const created = state.conversations.filter((c) => since(c.created_at, start));
			// The LEFT JOIN keeps tags on no conversation at all, and drops tags used only before the period.
			const topTags = state.tags
				.map((tag) => ({
					tag_id: tag.id,
					tag_name: tag.name,
					count: created.filter((c) => c.tags.includes(tag.name)).length,
					unused: !state.conversations.some((c) => c.tags.includes(tag.name)),
				}))
				.filter((tag) => tag.count > 0 || tag.unused)
				.sort((a, b) => b.count - a.count || a.tag_id - b.tag_id)
				.slice(0, 10)
				.map(({ tag_id, tag_name, count }) => ({ tag_id, tag_name, count }));
			const tagged = created.filter((c) => c.tags.length > 0).length;
			const untagged = created.length - tagged;
			return {
				top_tags: topTags,
				tagged_conversations: tagged,
				untagged_conversations: untagged,
				tagged_percentage: created.length ? round1((tagged / created.length) * 100) : 0,
			};
		}),
	},
];
