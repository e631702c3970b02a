/** The endpoints several operations share, called as an operation does, against the simulator. */
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { executeContext } from '../../../helpers/executeContext';
import { seedConversation, seedRichContact } from '../../../helpers/seed';
import * as endpoint from '../../../../nodes/Libredesk/transport/endpoints';

const ctx = useSimulator();
const context = () => executeContext(credentialsFor(ctx.sim));
const failure = async (promise: Promise<unknown>) =>
	(await promise.catch((caught: Error) => caught)) as Error & { description?: string };

beforeEach(() => ctx.sim.clearRequests());

describe('readConversation', () => {
	it('reads the full conversation by UUID', async () => {
		const seeded = await seedConversation(ctx.sim, { subject: 'Read me' });
		ctx.sim.clearRequests();
		const conversation = await endpoint.readConversation.call(context(), seeded.uuid, 0);
		expect(conversation).toMatchObject({
			uuid: seeded.uuid,
			subject: `Read me - #${seeded.reference_number}`,
			contact: { email: seeded.contact.email },
		});
		expect(ctx.sim.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET /api/v1/conversations/${seeded.uuid}`,
		]);
	});

	it('an unknown UUID is a 404 naming the item', async () => {
		const error = await failure(
			endpoint.readConversation.call(context(), '00000000-0000-4000-8000-000000000000', 3),
		);
		expect(error.message).toBe('Libredesk: Conversation not found (HTTP 404, NotFoundException)');
		expect((error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(3);
	});
});

describe('readContact', () => {
	it('reads the full contact by ID, with the fields Simplify would drop', async () => {
		const contact = await seedRichContact(ctx.sim);
		expect(await endpoint.readContact.call(context(), contact.id, 0)).toMatchObject({
			id: contact.id,
			email: contact.email,
			phone_number_country_code: '+49',
			avatar_url: '/uploads/avatar-rita.png',
		});
	});

	it('an unknown contact is a 404', async () => {
		await expect(endpoint.readContact.call(context(), 99999, 0)).rejects.toThrow(
			'Libredesk: User not found (HTTP 404, NotFoundException)',
		);
	});
});

describe('postMessage', () => {
	it('sends as an agent unless the body says otherwise, and outputs the stored message', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		const note = await endpoint.postMessage.call(context(), 0, uuid, {
			message: '<p>Looking into it</p>',
			private: true,
		});
		expect(requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`)[0].json).toEqual({
			sender_type: 'agent',
			message: '<p>Looking into it</p>',
			private: true,
		});
		expect(note).toMatchObject({
			content: '<p>Looking into it</p>',
			private: true,
			sender_type: 'agent',
		});
	});

	it("explains Libredesk's 500 for a reply without To, unless the caller has its own hint", async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const reply = { message: '<p>Hi</p>', to: [] };
		const error = await failure(endpoint.postMessage.call(context(), 0, uuid, reply));
		expect(error.message).toBe('Libredesk: `to` empty (HTTP 500, GeneralException)');
		expect(error.description).toMatch(/"To" must hold at least one address/);
		const own = await failure(
			endpoint.postMessage.call(context(), 0, uuid, reply, 'messages:write', { 500: 'Own hint.' }),
		);
		// The caller's hint replaces the generic one; that the message may exist is said all the same.
		expect(own.description).toMatch(/^Own hint\. The message may have been sent: /);
	});

	it('a 403 names the permission the caller gives', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const error = await failure(
			endpoint.postMessage.call(
				context(),
				0,
				uuid,
				{ sender_type: 'contact', message: 'x' },
				'messages:write_as_contact',
			),
		);
		expect(error.message).toMatch(/\(HTTP 403, PermissionException\)$/);
		expect(error.description).toMatch(/\(messages:write_as_contact\)/);
	});

	it('a cut connection says the message may have been sent, in which conversation', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.injectFault({ kind: 'drop', match: /^POST .*\/messages$/ });
		const error = await failure(
			endpoint.postMessage.call(context(), 0, uuid, { message: 'x', private: true }),
		);
		expect(error.description).toContain(
			`The message may have been sent: look at the newest messages of conversation ${uuid} in Libredesk`,
		);
		expect(requestsTo(ctx.sim, 'POST', `/api/v1/conversations/${uuid}/messages`)).toHaveLength(1);
	});
});

describe('readMessage', () => {
	it('reads one message of a conversation', async () => {
		const { id, uuid } = await seedConversation(ctx.sim);
		const first = ctx.sim.state.messages.find((message) => message.conversation_id === id)!;
		expect(await endpoint.readMessage.call(context(), uuid, first.uuid, 0)).toMatchObject({
			uuid: first.uuid,
			content: '<p>Hello</p>',
			type: 'incoming',
		});
	});

	it("a message of another conversation is Libredesk's 403, explained", async () => {
		const one = await seedConversation(ctx.sim);
		const other = await seedConversation(ctx.sim);
		const foreign = ctx.sim.state.messages.find((message) => message.conversation_id === other.id)!;
		const error = await failure(endpoint.readMessage.call(context(), one.uuid, foreign.uuid, 0));
		expect(error.message).toMatch(/\(HTTP 403, PermissionException\)$/);
		expect(error.description).toMatch(/or the message belongs to another conversation\.$/);
	});
});

describe('fetchNamedList', () => {
	it('reads one of the named lists', async () => {
		const statuses = await endpoint.fetchNamedList.call(context(), '/statuses', 0);
		expect(statuses.map((status) => status.name)).toEqual([
			'Open',
			'Snoozed',
			'Resolved',
			'Closed',
		]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/statuses')).toHaveLength(1);
	});

	it('refuses anything but a list of records, instead of reading it as an empty list', async () => {
		ctx.sim.injectFault({
			kind: 'status',
			status: 200,
			match: /^GET \/api\/v1\/teams\/compact$/,
			body: { status: 'success', data: { id: 1, name: 'Billing' } },
		});
		await expect(endpoint.fetchNamedList.call(context(), '/teams/compact', 0)).rejects.toThrow(
			/answered GET \/api\/v1\/teams\/compact with something other than a Libredesk API response: the answer is an object, not a list/,
		);
	});

	it('reads null (Go’s empty list) as none', async () => {
		ctx.sim.injectFault({
			kind: 'status',
			status: 200,
			match: /^GET \/api\/v1\/teams\/compact$/,
			body: { status: 'success', data: null },
		});
		expect(await endpoint.fetchNamedList.call(context(), '/teams/compact', 0)).toEqual([]);
	});
});

describe('uploadMedia', () => {
	it('uploads one file as Libredesk’s UI does, linked to messages, and returns the media', async () => {
		const media = await endpoint.uploadMedia.call(
			context(),
			{ data: Buffer.from('%PDF-1.7'), fileName: 'invoice.pdf', mimeType: 'application/pdf' },
			0,
		);
		expect(media).toMatchObject({
			filename: 'invoice.pdf',
			content_type: 'application/pdf',
			size: 8,
			model_type: 'messages',
			model_id: null,
		});
		const stored = ctx.sim.state.media.find((candidate) => candidate.id === media.id)!;
		expect(stored.data.toString()).toBe('%PDF-1.7');
		const [upload] = requestsTo(ctx.sim, 'POST', '/api/v1/media');
		expect(upload.headers['content-type']).toMatch(/^multipart\/form-data/);
	});

	it('a cut connection says the file may be uploaded and needs no removing', async () => {
		ctx.sim.injectFault({ kind: 'drop', match: /^POST \/api\/v1\/media$/ });
		const error = await failure(
			endpoint.uploadMedia.call(
				context(),
				{ data: Buffer.from('x'), fileName: 'a.txt', mimeType: 'text/plain' },
				0,
			),
		);
		expect(error.description).toMatch(
			/^Check .* The file "a\.txt" may have been uploaded without being attached; nothing needs removing/,
		);
	});
});

describe('searchConversations', () => {
	it("asks Libredesk's search with the query", async () => {
		const seeded = await seedConversation(ctx.sim, { subject: 'Find me' });
		ctx.sim.clearRequests();
		const hits = await endpoint.searchConversations.call(context(), seeded.reference_number, 0);
		expect(hits.map((hit) => hit.uuid)).toContain(seeded.uuid);
		const [search] = requestsTo(ctx.sim, 'GET', '/api/v1/conversations/search');
		expect(search.query).toEqual({ query: seeded.reference_number });
	});
});

describe('createTag', () => {
	it('creates the tag and returns it', async () => {
		const tag = await endpoint.createTag.call(context(), 'layout-new', 0, {});
		expect(tag).toMatchObject({ name: 'layout-new' });
		expect(ctx.sim.state.tags.map((candidate) => candidate.name)).toContain('layout-new');
	});

	it("uses the caller's hints and words for a lost answer", async () => {
		await endpoint.createTag.call(context(), 'twice', 0, {});
		const taken = await failure(
			endpoint.createTag.call(context(), 'twice', 0, { hints: { 409: 'Pick another name.' } }),
		);
		expect(taken.description).toContain('Pick another name.');
		ctx.sim.injectFault({ kind: 'drop', match: /^POST \/api\/v1\/tags$/ });
		const lost = await failure(
			endpoint.createTag.call(context(), 'lost', 0, { creates: 'The tag "lost" may exist now' }),
		);
		expect(lost.description).toContain('The tag "lost" may exist now');
	});
});

describe('fetchAttributeDefinitions', () => {
	it('reads the definitions of one kind', async () => {
		const definitions = await endpoint.fetchAttributeDefinitions.call(context(), 'contact', 0);
		expect(definitions.map((definition) => definition.key)).toEqual(['crm_id']);
		const [read] = requestsTo(ctx.sim, 'GET', '/api/v1/custom-attributes');
		expect(read.query).toEqual({ applies_to: 'contact' });
	});

	it('an answer of null instead of a list is no definitions (Libredesk answers [] for none)', async () => {
		ctx.sim.injectFault({
			kind: 'status',
			status: 200,
			match: /custom-attributes/,
			body: { status: 'success', data: null },
		});
		expect(await endpoint.fetchAttributeDefinitions.call(context(), 'contact')).toEqual([]);
	});
});
