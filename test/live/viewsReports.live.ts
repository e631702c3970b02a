/** Issue 20 (2, 3, 4): views, reports, transcripts and message search through n8n-core on a live Libredesk. */
import type { INodeParameters } from 'n8n-workflow';

import { libredeskNode, runNode } from '../helpers/n8n';
import { byId, useLive } from './useLive';

const live = useLive();
type Failure = Error & { description?: string };
const asAgent = () => ({
	...live.credentials,
	apiKey: live.fixtures.agent.key.key,
	apiSecret: live.fixtures.agent.key.secret,
});
const failAsAgent = async (parameters: INodeParameters) =>
	(await runNode(libredeskNode(parameters), [{ json: {} }], asAgent()).catch(
		(caught: Error) => caught,
	)) as Failure;

/** A personal view of the admin key and a view shared with everyone, both of open conversations. */
async function views(): Promise<{ personal: number; shared: number }> {
	const f = live.fixtures;
	const filters = [{ model: 'conversations', field: 'status_id', operator: 'equals', value: '1' }];
	const personal = await f.admin.data<{ id: number }>('POST', '/api/v1/views/me', {
		name: `${f.prefix} personal`,
		filters,
	});
	f.later(() => f.admin.call('DELETE', `/api/v1/views/me/${personal.id}`));
	const shared = await f.admin.data<{ id: number }>('POST', '/api/v1/shared-views', {
		name: `${f.prefix} shared`,
		filters,
		visibility: 'all',
	});
	f.later(() => f.admin.call('DELETE', `/api/v1/shared-views/${shared.id}`));
	return { personal: personal.id, shared: shared.id };
}

describe('View', () => {
	it("Get Many lists the key's personal and shared views; Get Conversations reads a view", async () => {
		const { personal, shared } = await views();
		const { uuid } = await live.conversation('view');
		const listed = await live.run({ resource: 'view', operation: 'getAll', returnAll: true });
		const byIdOf = (id: number) => listed.find((item) => item.json.id === id)?.json;
		expect(byIdOf(personal)).toMatchObject({ visibility: 'user', name: expect.any(String) });
		expect(byIdOf(personal)).not.toHaveProperty('team_id');
		expect(byIdOf(shared)).toMatchObject({ visibility: 'all' });
		const sharedOnly = await live.run({
			resource: 'view',
			operation: 'getAll',
			scope: 'shared',
			returnAll: true,
		});
		expect(sharedOnly.map((item) => item.json.visibility)).not.toContain('user');

		const rows = await live.run({
			resource: 'view',
			operation: 'getConversations',
			viewId: shared,
			limit: 20,
			options: { orderBy: 'created_at', order: 'desc' },
		});
		expect(rows.map((row) => row.json.uuid)).toContain(uuid);
		expect(rows.every((row) => row.json.status === 'Open')).toBe(true);
	});

	it("another agent's personal view is Libredesk's 403 with the node's hint", async () => {
		const { personal } = await views();
		const error = await failAsAgent({
			resource: 'view',
			operation: 'getConversations',
			viewId: personal,
		});
		expect(error.message).toBe(
			'Libredesk: You do not have access to this view (HTTP 403, PermissionException)',
		);
		expect(error.description).toMatch(/not shared with the API key's agent/);
	});
});

describe('Report', () => {
	it.each([
		['getCounts', ['open', 'awaiting_response', 'unassigned', 'pending']],
		['getConversationTrend', ['new_conversations', 'resolved_conversations']],
		['getCsat', ['average_rating', 'total_responses', 'total_sent', 'response_rate']],
		['getMessageVolume', ['total_messages', 'incoming_messages', 'outgoing_messages']],
		['getSla', ['first_response_met_count', 'resolution_compliance_percent']],
		['getTagDistribution', ['top_tags', 'tagged_conversations', 'tagged_percentage']],
	])('%s outputs one item with Libredesk’s figures', async (operation, keys) => {
		const items = await live.run({ resource: 'report', operation, days: 30 });
		expect(items).toHaveLength(1);
		for (const key of keys) expect(items[0].json).toHaveProperty(key);
	});

	it('today (Days 0) counts a message sent now; the agent role lacks reports:manage', async () => {
		await live.conversation('report');
		const [today] = await live.run({ resource: 'report', operation: 'getMessageVolume', days: 0 });
		expect(today.json.incoming_messages).toBeGreaterThan(0);
		const error = await failAsAgent({ resource: 'report', operation: 'getCounts' });
		expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(error.description).toMatch(/reports:manage/);
	});
});

describe('Conversation → Get Transcript and Message → Search', () => {
	it('outputs the transcript as text and as a file; search finds the message and the note', async () => {
		const word = `zq${Math.random().toString(36).slice(2, 9)}`;
		const { uuid, reference_number: ref } = await live.conversation('transcript', {
			content: `<p>Where is ${word}?</p>`,
		});
		await live.run({
			resource: 'message',
			operation: 'addPrivateNote',
			conversationId: byId(uuid),
			content: `note about ${word}`,
			contentFormat: 'text',
		});
		const [item] = await live.run({
			resource: 'conversation',
			operation: 'getTranscript',
			conversationId: { __rl: true, mode: 'reference', value: `#${ref}` },
			asFile: true,
		});
		expect(item.json).toMatchObject({
			conversation_uuid: uuid,
			file_name: `transcript-${ref}.txt`,
		});
		const text = String(item.json.transcript);
		expect(text.startsWith(`Conversation #${ref}\n`)).toBe(true);
		expect(text).toContain(`Where is ${word}?`);
		expect(text).not.toContain('note about');
		expect(item.binary?.data).toMatchObject({
			fileName: `transcript-${ref}.txt`,
			mimeType: 'text/plain',
		});
		expect(Buffer.from(item.binary!.data.data, 'base64').toString('utf8')).toBe(text);

		const hits = await live.run({ resource: 'message', operation: 'search', query: word });
		expect(hits.map((hit) => hit.json.text_content).sort()).toEqual([
			`Where is ${word}?`,
			`note about ${word}`,
		]);
		for (const hit of hits) {
			expect(hit.json).toMatchObject({
				conversation_uuid: uuid,
				conversation_reference_number: ref,
			});
			expect(hit.json).not.toHaveProperty('created_at');
		}
	});
});
