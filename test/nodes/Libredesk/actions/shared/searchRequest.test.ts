import { searchRequest } from '../../../../../nodes/Libredesk/actions/shared/searchRequest';
import { executeContext } from '../../../../helpers/executeContext';
import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { seedConversation } from '../../../../helpers/seed';
import { SEED_KEYS } from '../../../../../simulator/state';

const ctx = useSimulator();
const searchConversations = searchRequest('/conversations/search', 'conversations:read');
const searchContacts = searchRequest('/contacts/search', 'contacts:read');

beforeEach(() => ctx.sim.clearRequests());

describe('searchRequest', () => {
	it('sends the query to the endpoint and outputs the list Libredesk answers', async () => {
		const seeded = await seedConversation(ctx.sim, { contact_email: 'searchable@example.com' });
		ctx.sim.clearRequests();
		const found = await searchConversations.call(executeContext(credentialsFor(ctx.sim)), 0, {
			query: 'searchable@',
		});
		expect(found.map((conversation) => conversation.uuid)).toEqual([seeded.uuid]);
		const [sent] = requestsTo(ctx.sim, 'GET', '/api/v1/conversations/search');
		expect(sent.query).toEqual({ query: 'searchable@' });
	});

	it('an answer without data is an empty list', async () => {
		ctx.sim.injectFault({
			kind: 'status',
			status: 200,
			match: /^GET \/api\/v1\/contacts\/search$/,
			body: { status: 'success', data: null },
		});
		expect(
			await searchContacts.call(executeContext(credentialsFor(ctx.sim)), 0, { query: 'nobody' }),
		).toEqual([]);
	});

	it("a key without the permission gets Libredesk's 403, naming the permission", async () => {
		const agent = credentialsFor(ctx.sim, {
			apiKey: SEED_KEYS.agent.key,
			apiSecret: SEED_KEYS.agent.secret,
		});
		const error = (await searchContacts
			.call(executeContext(agent), 1, { query: 'someone' })
			.catch((caught: Error) => caught)) as Error & { description?: string };
		expect(error.message).toMatch(/\(HTTP 403, PermissionException\)$/);
		expect(error.description).toMatch(/\(contacts:read\)/);
	});
});
