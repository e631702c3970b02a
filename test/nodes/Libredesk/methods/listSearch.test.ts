import type { Json } from '../../../../simulator/state';
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { listSearch } from '../../../helpers/n8n';
import { seedConversation } from '../../../helpers/seed';
import { answerNextGet, emptyPage } from './libredeskAnswers';

const ctx = useSimulator();

const answerOnce = (path: string, data: Json) => answerNextGet(ctx.sim, path, data);

describe('listSearch', () => {
	it('searchInboxes lists only enabled email inboxes, sorted, with their address', async () => {
		const result = await listSearch('searchInboxes', credentialsFor(ctx.sim));
		expect(result.results).toEqual([
			{ name: 'Billing (billing@desk.example)', value: '2' },
			{ name: 'Support (support@desk.example)', value: '1' },
		]);
	});

	it('searchInboxes filters by name or address', async () => {
		expect(
			(await listSearch('searchInboxes', credentialsFor(ctx.sim), 'SUPP')).results.map(
				(r) => r.value,
			),
		).toEqual(['1']);
		expect(
			(await listSearch('searchInboxes', credentialsFor(ctx.sim), 'billing@')).results.map(
				(r) => r.value,
			),
		).toEqual(['2']);
		expect((await listSearch('searchInboxes', credentialsFor(ctx.sim), 'sales')).results).toEqual(
			[],
		);
	});

	it('the conversation list searches by reference number and email, or shows the latest', async () => {
		const seeded = await seedConversation(ctx.sim, {
			subject: 'Listed',
			contact_email: 'listed.person@example.com',
		});
		const byRef = await listSearch(
			'searchConversations',
			credentialsFor(ctx.sim),
			seeded.reference_number,
		);
		expect(byRef.results).toEqual([
			{
				name: `#${seeded.reference_number} Listed - #${seeded.reference_number}`,
				value: seeded.uuid,
			},
		]);
		expect(
			(
				await listSearch('searchConversations', credentialsFor(ctx.sim), 'listed.person')
			).results.map((r) => r.value),
		).toEqual([seeded.uuid]);
		expect(
			(await listSearch('searchConversations', credentialsFor(ctx.sim))).results.length,
		).toBeGreaterThan(0);
	});

	it('searchInboxes shows an inbox without a from address by its name, and matches its ID', async () => {
		const billing = ctx.sim.state.inboxes[1];
		const from = billing.from;
		billing.from = '';
		try {
			expect((await listSearch('searchInboxes', credentialsFor(ctx.sim))).results).toEqual([
				{ name: 'Billing', value: '2' },
				{ name: 'Support (support@desk.example)', value: '1' },
			]);
		} finally {
			billing.from = from;
		}
		expect(
			(await listSearch('searchInboxes', credentialsFor(ctx.sim), '2')).results.map((r) => r.value),
		).toEqual(['2']);
	});

	it('searchInboxes matches an inbox without a from field by its name only', async () => {
		const plain = [{ id: 5, name: 'Plain', channel: 'email', enabled: true }];
		answerOnce('/inboxes', plain);
		expect((await listSearch('searchInboxes', credentialsFor(ctx.sim), 'plain')).results).toEqual([
			{ name: 'Plain', value: '5' },
		]);
		// The missing field is not matched as the text "undefined".
		answerOnce('/inboxes', plain);
		expect((await listSearch('searchInboxes', credentialsFor(ctx.sim), 'undef')).results).toEqual(
			[],
		);
	});

	it('searchInboxes offers nothing when Libredesk answers null', async () => {
		answerOnce('/inboxes', null);
		expect((await listSearch('searchInboxes', credentialsFor(ctx.sim))).results).toEqual([]);
	});

	it('the conversation list searches from 3 bytes on, after dropping a leading #', async () => {
		const seeded = await seedConversation(ctx.sim, { subject: 'Hashed' });
		ctx.sim.clearRequests();
		const byRef = await listSearch(
			'searchConversations',
			credentialsFor(ctx.sim),
			` # ${seeded.reference_number} `,
		);
		expect(byRef.results.map((r) => r.value)).toEqual([seeded.uuid]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/search')[0].query).toEqual({
			query: seeded.reference_number,
		});

		ctx.sim.clearRequests();
		const latest = await listSearch('searchConversations', credentialsFor(ctx.sim), 'ab');
		expect(latest.results[0]).toEqual({
			name: `#${seeded.reference_number} Hashed - #${seeded.reference_number}`,
			value: seeded.uuid,
		});
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/search')).toEqual([]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/all')[0].query).toEqual({
			page: '1',
			page_size: '50',
		});
	});

	it('two characters of 2 bytes each are enough to search, as Libredesk counts bytes', async () => {
		ctx.sim.clearRequests();
		expect(
			(await listSearch('searchConversations', credentialsFor(ctx.sim), 'éé')).results,
		).toEqual([]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/search')[0].query).toEqual({
			query: 'éé',
		});
	});

	it('a conversation without a subject is shown by its reference number', async () => {
		answerOnce('/conversations/search', [{ uuid: 'u-1', reference_number: '123', subject: null }]);
		expect(
			(await listSearch('searchConversations', credentialsFor(ctx.sim), '123')).results,
		).toEqual([{ name: '#123', value: 'u-1' }]);
	});

	it('the conversation list is empty when Libredesk answers null', async () => {
		answerOnce('/conversations/search', null);
		expect(
			(await listSearch('searchConversations', credentialsFor(ctx.sim), 'nobody@x')).results,
		).toEqual([]);
		answerOnce('/conversations/all', emptyPage);
		expect((await listSearch('searchConversations', credentialsFor(ctx.sim))).results).toEqual([]);
	});

	it('the contact list searches by email from 3 characters, or shows the newest contacts', async () => {
		const older = await seedConversation(ctx.sim, {
			contact_email: 'older.contact@example.com',
			first_name: 'Olga',
		});
		const newer = await seedConversation(ctx.sim, {
			contact_email: 'newer.contact@example.com',
			first_name: 'Nina',
			last_name: 'New',
		});
		ctx.sim.clearRequests();
		expect(
			(await listSearch('searchContacts', credentialsFor(ctx.sim), '  .contact@ ')).results,
		).toEqual([
			{ name: 'Olga <older.contact@example.com>', value: String(older.contact.id) },
			{ name: 'Nina New <newer.contact@example.com>', value: String(newer.contact.id) },
		]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/contacts/search')[0].query).toEqual({
			query: '.contact@',
		});

		ctx.sim.clearRequests();
		const latest = (await listSearch('searchContacts', credentialsFor(ctx.sim), 'ne')).results;
		expect(latest.slice(0, 2).map((r) => r.value)).toEqual([
			String(newer.contact.id),
			String(older.contact.id),
		]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/contacts')[0].query).toEqual({
			page: '1',
			page_size: '50',
			order_by: 'users.created_at',
			order: 'desc',
		});
	});

	it('a contact without a name is shown by its email', async () => {
		answerOnce('/contacts/search', [{ id: 9, email: 'anon@example.com', last_name: null }]);
		expect((await listSearch('searchContacts', credentialsFor(ctx.sim), 'anon')).results).toEqual([
			{ name: '<anon@example.com>', value: '9' },
		]);
	});

	it('the contact list is empty when Libredesk answers null', async () => {
		answerOnce('/contacts/search', null);
		expect((await listSearch('searchContacts', credentialsFor(ctx.sim), 'nobody')).results).toEqual(
			[],
		);
		answerOnce('/contacts', emptyPage);
		expect((await listSearch('searchContacts', credentialsFor(ctx.sim))).results).toEqual([]);
	});
});
