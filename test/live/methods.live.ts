/** The credential test and every dropdown (loadOptions / listSearch) against a live Libredesk. */
import { listSearch, loadOptions, testCredential } from '../helpers/n8n';
import { useLive } from './useLive';

const live = useLive();

describe('credential test (GET /api/v1/agents/me)', () => {
	it('passes with the key, fails with a wrong secret or base URL', async () => {
		expect(await testCredential(live.credentials)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		const wrong = await testCredential({ ...live.credentials, apiSecret: 'x'.repeat(64) });
		expect(wrong.status).toBe('Error');
		expect(wrong.message).not.toContain(live.credentials.apiSecret);
		expect(
			(await testCredential({ ...live.credentials, baseUrl: `${live.credentials.baseUrl}/nope` }))
				.status,
		).toBe('Error');
	});
});

describe('loadOptions', () => {
	it('teams, agents (enabled agents only), statuses, priorities, tags, inboxes', async () => {
		const f = live.fixtures;
		const teams = await loadOptions('getTeams', live.credentials);
		expect(teams).toEqual(
			expect.arrayContaining(f.teams.map((team) => ({ name: team.name, value: team.id }))),
		);
		const agents = await loadOptions('getAgents', live.credentials);
		expect(agents.map((agent) => agent.value)).toContain(f.agent.id);
		expect(agents.map((agent) => agent.value)).not.toContain(f.disabledAgent.id);
		expect(
			(await loadOptions('getStatuses', live.credentials)).map((status) => status.value),
		).toEqual(expect.arrayContaining(['Open', 'Snoozed', 'Resolved', 'Closed']));
		expect(
			(await loadOptions('getPriorities', live.credentials)).map((priority) => priority.value),
		).toEqual(expect.arrayContaining(['Low', 'Medium', 'High']));
		expect((await loadOptions('getTags', live.credentials)).map((tag) => tag.value)).toEqual(
			expect.arrayContaining(f.tags),
		);
		const inboxes = await loadOptions('getInboxes', live.credentials);
		const channel = (id: number) => inboxes.find((inbox) => inbox.value === id)?.description;
		expect([f.inboxes.email, f.inboxes.disabledEmail, f.inboxes.livechat].map(channel)).toEqual([
			'email',
			'email',
			'livechat',
		]);
		expect(inboxes.find((inbox) => inbox.value === f.inboxes.disabledEmail)?.name).toMatch(
			/\(disabled\)$/,
		);
	});
});

describe('listSearch', () => {
	it('inboxes: only enabled email inboxes', async () => {
		const f = live.fixtures;
		const { results } = await listSearch('searchInboxes', live.credentials, f.prefix);
		expect(results.map((inbox) => inbox.value)).toEqual([String(f.inboxes.email)]);
	});

	it('conversations by "#reference", by email, and the latest without a filter; contacts by email', async () => {
		const created = await live.conversation('lookup');
		const byReference = await listSearch(
			'searchConversations',
			live.credentials,
			`#${created.reference_number}`,
		);
		// Libredesk also answers conversations whose contact email contains the digits (see
		// conversation.live.ts), so only the hit named by the reference number is pinned.
		expect(
			byReference.results
				.filter((hit) => hit.name.startsWith(`#${created.reference_number} `))
				.map((hit) => hit.value),
		).toEqual([created.uuid]);
		const byEmail = await listSearch(
			'searchConversations',
			live.credentials,
			created.contact.email,
		);
		expect(byEmail.results.map((hit) => hit.value)).toContain(created.uuid);
		expect(
			(await listSearch('searchConversations', live.credentials, '')).results.map(
				(hit) => hit.value,
			),
		).toContain(created.uuid);
		const contacts = await listSearch('searchContacts', live.credentials, created.contact.email);
		expect(contacts.results).toEqual([
			{ name: `Live lookup <${created.contact.email}>`, value: String(created.contact_id) },
		]);
	});
});
