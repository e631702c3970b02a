/**
 * `GET /conversations/{uuid}/transcript` (cmd/conversation.go, internal/conversation/transcript.go):
 * a text file of the messages the customer saw (no private notes, no activity), oldest first, with
 * times in UTC. Errors are the usual JSON envelope.
 */
import type { SimResponse } from '../http';
import type { Route } from '../route';
import type { Conversation, SimState, User } from '../state';
import { findConversation, messageJson } from './conversationRecords';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEPARATOR = '-'.repeat(60);

/** Go's "Jan 02, 2006 03:04 PM MST" in UTC. */
export function transcriptTime(at: string | Date): string {
	const date = new Date(at);
	const two = (value: number) => String(value).padStart(2, '0');
	const hours = date.getUTCHours();
	return `${MONTHS[date.getUTCMonth()]} ${two(date.getUTCDate())}, ${date.getUTCFullYear()} ${two(hours % 12 || 12)}:${two(date.getUTCMinutes())} ${hours < 12 ? 'AM' : 'PM'} UTC`;
}

const fullName = (user: User | undefined) =>
	user ? [user.first_name, user.last_name].filter(Boolean).join(' ') : '';

function transcript(state: SimState, conversation: Conversation): string {
	const lines = [`Conversation #${conversation.reference_number}`];
	if (conversation.subject) lines.push(`Subject: ${conversation.subject}`);
	const contact = fullName(state.findUser(conversation.contact_id));
	if (contact) lines.push(`Contact: ${contact}`);
	lines.push(`Created at: ${transcriptTime(conversation.created_at)}`);
	lines.push(`Downloaded at: ${transcriptTime(new Date())}`, '', SEPARATOR, '');
	let text = lines.join('\n');
	const messages = state.messages
		.filter((m) => m.conversation_id === conversation.id && !m.private && m.type !== 'activity')
		.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
	for (const message of messages) {
		const json = messageJson(state, message);
		const label = message.sender_type === 'agent' ? 'Agent' : 'Contact';
		text += `\n[${transcriptTime(message.created_at)}] ${fullName(state.findUser(message.sender_id))} (${label}):\n${String(json.text_content)}\n`;
		const names = (json.attachments as Array<{ name: string }>).map((a) => a.name);
		if (names.length)
			text += `${names.length === 1 ? 'Attachment' : 'Attachments'}: ${names.join(', ')}\n`;
	}
	return text;
}

export const transcriptRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/conversations/:uuid/transcript',
		guard: 'messages:read',
		handle: ({ state, params }): SimResponse => {
			const found = findConversation(state, params.uuid);
			if (!found.conversation) return found.response;
			const reference = found.conversation.reference_number.replace(/[^a-zA-Z0-9_.-]/g, '');
			return {
				status: 200,
				body: transcript(state, found.conversation),
				headers: {
					'Content-Type': 'text/plain; charset=utf-8',
					'Content-Disposition': `attachment; filename="transcript-${reference.toLowerCase()}.txt"`,
					'X-Content-Type-Options': 'nosniff',
				},
			};
		},
	},
];
