/** Conversation operations through n8n-core against a live Libredesk. */
import { eventually } from './api';
import { byId, settledMessage, useLive } from './useLive';

const live = useLive();
const conversation = (operation: string, uuid: string, extra: Record<string, unknown> = {}) =>
	live.run({ resource: 'conversation', operation, conversationId: byId(uuid), ...extra });

describe('Conversation → Create', () => {
	it('as the agent: Libredesk emails plain text literally, braces included, and assigns team and agent', async () => {
		const f = live.fixtures;
		const email = f.email('create-agent');
		const [output] = await live.run({
			resource: 'conversation',
			operation: 'create',
			inboxId: byId(f.inboxes.email),
			contactEmail: email,
			firstName: 'Ada',
			subject: `${f.prefix} order`,
			content: 'Hello {{ .Contact.FirstName }} & <team>,\nyour order {{{42}}}',
			contentFormat: 'text',
			initiator: 'agent',
			additionalFields: { teamId: f.teams[0].id, agentId: f.agent.id },
		});
		expect(output.json).toMatchObject({
			subject: `${f.prefix} order - #${String(output.json.reference_number)}`,
			assigned_team_id: f.teams[0].id,
			assigned_user_id: f.agent.id,
			contact: { email },
		});
		const sent = await f.smtp.waitFor((mail) => mail.to.some((to) => to.includes(email)));
		expect(sent).toBeDefined();
		expect(sent!.data).toContain('&#123;&#123; .Contact.FirstName }}');
		const [first] = (await live.messages(String(output.json.uuid))).filter(
			(message) => message.type === 'outgoing',
		);
		expect(await settledMessage(live, String(output.json.uuid), String(first.uuid))).toMatchObject({
			status: 'sent',
			text_content: expect.stringContaining('Hello {{ .Contact.FirstName }} & <team>,'),
		});
	});

	it('as the contact: an incoming message, no email', async () => {
		const f = live.fixtures;
		const email = f.email('create-contact');
		const [output] = await live.run({
			resource: 'conversation',
			operation: 'create',
			inboxId: byId(f.inboxes.email),
			contactEmail: email,
			firstName: 'Cy',
			content: '<p>Help</p>',
			initiator: 'contact',
		});
		const messages = await live.messages(String(output.json.uuid));
		expect(messages.map((message) => [message.type, message.status])).toEqual([
			['incoming', 'received'],
		]);
		expect(
			await f.smtp.waitFor((mail) => mail.to.some((to) => to.includes(email)), 1500),
		).toBeUndefined();
	});

	it('refuses a livechat inbox with Libredesk’s 400 and the hint', async () => {
		const f = live.fixtures;
		await expect(
			live.run({
				resource: 'conversation',
				operation: 'create',
				inboxId: byId(f.inboxes.livechat),
				contactEmail: f.email('chat'),
				firstName: 'X',
				content: 'x',
				initiator: 'contact',
			}),
		).rejects.toMatchObject({ httpCode: '400' });
	});
});

describe('Conversation reads', () => {
	it('Get (full and simplified with last_interaction), Search by #reference and email, Get Many with filters', async () => {
		const f = live.fixtures;
		const created = await live.conversation('reads');
		await f.admin.data('POST', `/api/v1/conversations/${created.uuid}/messages`, {
			sender_type: 'agent',
			private: true,
			message: '<p>internal note</p>',
		});
		const [full] = await conversation('get', created.uuid, { simplify: false });
		expect(full.json).toMatchObject({
			uuid: created.uuid,
			last_message: 'internal note',
			last_interaction: 'reads',
		});
		const [simple] = await conversation('get', created.uuid);
		expect(simple.json).toMatchObject({
			uuid: created.uuid,
			last_interaction: 'reads',
			contact_email: created.contact.email,
		});
		expect(simple.json).not.toHaveProperty('last_message');
		const hits = await live.run({
			resource: 'conversation',
			operation: 'search',
			query: `#${created.reference_number}`,
		});
		// Libredesk also answers conversations whose contact email contains the digits (a reused
		// server collects random seed emails), so only the reference-number hit is pinned.
		expect(
			hits
				.filter((item) => String(item.json.reference_number) === String(created.reference_number))
				.map((item) => item.json.uuid),
		).toEqual([created.uuid]);
		const byEmail = await live.run({
			resource: 'conversation',
			operation: 'search',
			query: created.contact.email,
		});
		expect(byEmail.map((item) => item.json.uuid)).toEqual([created.uuid]);
		const listed = await live.run({
			resource: 'conversation',
			operation: 'getAll',
			list: 'all',
			returnAll: true,
			filters: { inboxId: f.inboxes.email, status: 'Open' },
		});
		expect(listed.map((item) => item.json.uuid)).toContain(created.uuid);
		expect(new Set(listed.map((item) => item.json.uuid)).size).toBe(listed.length);
		const one = await live.run({
			resource: 'conversation',
			operation: 'getAll',
			list: 'all',
			limit: 1,
			filters: { inboxId: f.inboxes.email },
			options: { orderBy: 'created_at', order: 'desc' },
		});
		expect(one.map((item) => item.json.uuid)).toEqual([created.uuid]);
	});
});

describe('Conversation updates', () => {
	it('Update Status (snooze, resolve), Update Priority', async () => {
		const { uuid } = await live.conversation('status');
		const [snoozed] = await conversation('updateStatus', uuid, {
			status: 'Snoozed',
			snoozeFor: '2h',
		});
		expect(snoozed.json).toMatchObject({ status: 'Snoozed' });
		expect(Date.parse(String(snoozed.json.snoozed_until)) - Date.now()).toBeGreaterThan(
			100 * 60 * 1000,
		);
		expect(
			(await conversation('updateStatus', uuid, { status: 'Resolved' }))[0].json,
		).toMatchObject({ status: 'Resolved' });
		expect(
			(await conversation('updatePriority', uuid, { priority: 'High' }))[0].json,
		).toMatchObject({ priority: 'High' });
		await expect(conversation('updateStatus', uuid, { status: 'Nope' })).rejects.toThrow(
			/Status Name or ID/,
		);
	});

	it('Assign (agent, team), Unassign', async () => {
		const f = live.fixtures;
		const { uuid } = await live.conversation('assign');
		expect(
			(await conversation('assign', uuid, { assignTo: 'team', teamId: f.teams[1].id }))[0].json,
		).toMatchObject({ assigned_team_id: f.teams[1].id });
		expect(
			(await conversation('assign', uuid, { assignTo: 'agent', agentId: f.agent.id }))[0].json,
		).toMatchObject({ assigned_user_id: f.agent.id, assigned_team_id: f.teams[1].id });
		expect((await conversation('unassign', uuid, { unassign: 'agent' }))[0].json).toMatchObject({
			assigned_user_id: null,
			assigned_team_id: f.teams[1].id,
		});
		expect((await conversation('unassign', uuid, { unassign: 'team' }))[0].json).toMatchObject({
			assigned_team_id: null,
		});
	});

	it('Add, Remove and Set Tags; unknown tags stop the item unless skipped', async () => {
		const { tags } = live.fixtures;
		const { uuid } = await live.conversation('tags');
		expect((await conversation('addTags', uuid, { tags: tags.slice(0, 2) }))[0].json.tags).toEqual(
			expect.arrayContaining(tags.slice(0, 2)),
		);
		expect((await conversation('removeTags', uuid, { tags: [tags[0]] }))[0].json.tags).toEqual([
			tags[1],
		]);
		expect((await conversation('setTags', uuid, { tags: [tags[2]] }))[0].json.tags).toEqual([
			tags[2],
		]);
		await expect(conversation('addTags', uuid, { tags: ['no-such-tag-live'] })).rejects.toThrow(
			/Libredesk does not have/,
		);
		expect(
			(
				await conversation('addTags', uuid, {
					tags: ['no-such-tag-live', tags[0]],
					skipUnknownTags: true,
				})
			)[0].json.tags,
		).toEqual(expect.arrayContaining([tags[0], tags[2]]));
	});

	it('Update Custom Attributes: merge keeps the others, replace drops them', async () => {
		const { uuid } = await live.conversation('attributes');
		await conversation('updateCustomAttributes', uuid, {
			mode: 'replace',
			customAttributes: '{"order_id": "1042", "plan": "pro"}',
		});
		expect(
			(
				await conversation('updateCustomAttributes', uuid, {
					mode: 'merge',
					customAttributes: '{"plan": "team"}',
				})
			)[0].json.custom_attributes,
		).toEqual({ order_id: '1042', plan: 'team' });
		expect(
			(
				await conversation('updateCustomAttributes', uuid, {
					mode: 'replace',
					customAttributes: '{"plan": "free"}',
				})
			)[0].json.custom_attributes,
		).toEqual({ plan: 'free' });
	});
});

describe('Libredesk renders an agent email reply twice (why plain text is sent with &#123;)', () => {
	it('the one-pass escape {{"{{"}} makes the reply fail; the entity is sent', async () => {
		const f = live.fixtures;
		const { uuid, contact } = await live.conversation('double-render');
		const post = (message: string) =>
			f.admin.data<{ uuid: string }>('POST', `/api/v1/conversations/${uuid}/messages`, {
				sender_type: 'agent',
				private: false,
				message,
				to: [contact.email],
			});
		const escapedOnce = await post('<p>{{"{{"}} x</p>');
		const entity = await post('<p>&#123;&#123; x</p>');
		expect(await settledMessage(live, uuid, escapedOnce.uuid)).toMatchObject({ status: 'failed' });
		expect(await settledMessage(live, uuid, entity.uuid)).toMatchObject({ status: 'sent' });
		expect(
			await eventually(async () =>
				f.smtp.emails.find((mail) => mail.data.includes('&#123;&#123; x')),
			),
		).toBeDefined();
	});
});
