import { credentialsFor, useSimulator } from '../../../helpers/fixtures';
import { listSearch } from '../../../helpers/n8n';
import { seedConversation } from '../../../helpers/seed';

const ctx = useSimulator();

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
});
