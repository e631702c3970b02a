/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The outage test's load: Libredesk events made through Libredesk's API by the test's own client
 * (not the node), at a steady pace: conversations created by their customers, status changes
 * (also a change and its reversal back to back), assignments and reassignments between two agents,
 * and customers' messages. Bounded by a count and a time; failures are kept, not thrown, so an
 * action that fails is simply not an event.
 */
import type { Desk } from './desk';

export interface LoadProfile {
	/** How long the load runs. */
	seconds: number;
	/** Libredesk events to make in that time (each action makes one or two). */
	events: number;
}

type Action = 'create' | 'status' | 'reversal' | 'assign' | 'message';
/** 11 events per 8 actions: create 2 (the conversation, its first message), reversal 2, others 1. */
const CYCLE: Action[] = [
	'create',
	'status',
	'assign',
	'message',
	'reversal',
	'assign',
	'create',
	'message',
];
const EVENTS_PER_ACTION = 11 / 8;
/** Actions go to the newest conversations, so each gets a few events. */
const ACTIVE = 10;

interface Tracked {
	uuid: string;
	status: 'Open' | 'Resolved';
	agent?: number;
}

export interface LoadResult {
	conversations: string[];
	actions: Record<Action, number>;
	failures: string[];
	startedAt: number;
	endedAt: number;
}

export async function runLoad(
	desk: Desk,
	profile: LoadProfile,
	stop: () => boolean = () => false,
): Promise<LoadResult> {
	const total = Math.ceil(profile.events / EVENTS_PER_ACTION);
	const interval = (profile.seconds * 1000) / total;
	const tracked: Tracked[] = [];
	const result: LoadResult = {
		conversations: [],
		actions: { create: 0, status: 0, reversal: 0, assign: 0, message: 0 },
		failures: [],
		startedAt: Date.now(),
		endedAt: 0,
	};
	const hardEnd = result.startedAt + profile.seconds * 2000 + 60_000;
	const status = (conversation: Tracked, next: Tracked['status']) =>
		desk.admin
			.data('PUT', `/api/v1/conversations/${conversation.uuid}/status`, { status: next })
			.then(() => (conversation.status = next));

	const act = async (index: number): Promise<void> => {
		const action = tracked.length === 0 ? 'create' : CYCLE[index % CYCLE.length];
		const conversation =
			tracked[tracked.length - 1 - (index % Math.min(ACTIVE, tracked.length || 1))];
		switch (action) {
			case 'create': {
				const created = await desk.admin.data<{ uuid: string }>('POST', '/api/v1/conversations', {
					inbox_id: desk.inboxId,
					contact_email: `${desk.prefix}-customer-${index}@example.com`,
					first_name: 'Outage',
					last_name: `Customer ${index}`,
					subject: `${desk.prefix} #${index}`,
					content: `<p>Hello from customer ${index}</p>`,
					initiator: 'contact',
				});
				tracked.push({ uuid: created.uuid, status: 'Open' });
				result.conversations.push(created.uuid);
				break;
			}
			case 'status':
				await status(conversation, conversation.status === 'Open' ? 'Resolved' : 'Open');
				break;
			case 'reversal': {
				// Back to back: a poll between the two is unlikely, so only events (not states) show both.
				const was = conversation.status;
				await status(conversation, was === 'Open' ? 'Resolved' : 'Open');
				await status(conversation, was);
				break;
			}
			case 'assign': {
				const [first, second] = desk.agentIds;
				const agent = conversation.agent === first ? second : first;
				await desk.admin.data('PUT', `/api/v1/conversations/${conversation.uuid}/assignee/user`, {
					assignee_id: agent,
				});
				conversation.agent = agent;
				break;
			}
			case 'message':
				await desk.customer.data('POST', `/api/v1/conversations/${conversation.uuid}/messages`, {
					sender_type: 'contact',
					message: `<p>Customer message ${index}</p>`,
				});
				// Libredesk reopens a conversation its customer writes to.
				conversation.status = 'Open';
				break;
		}
		result.actions[action]++;
	};

	for (let index = 0; index < total && !stop() && Date.now() < hardEnd; index++) {
		const due = result.startedAt + index * interval;
		if (due > Date.now()) await new Promise((done) => setTimeout(done, due - Date.now()));
		await act(index).catch((error: Error) =>
			result.failures.push(`action ${index}: ${error.message}`),
		);
	}
	result.endedAt = Date.now();
	return result;
}
