import {
	SIMPLE_CONTACT_FIELDS,
	SIMPLE_CONVERSATION_FIELDS,
	simplifyContact,
	simplifyConversation,
	simplifyMessage,
} from '../../../../nodes/Libredesk/helpers/simplify';

describe('simplifyConversation', () => {
	it("keeps the listed fields in their order and adds the contact's email", () => {
		const simple = simplifyConversation({
			id: 7,
			uuid: 'u-1',
			reference_number: '104',
			subject: 'Refund - #104',
			status: 'Open',
			priority: 'High',
			contact: { id: 3, email: 'jane@example.com', first_name: 'Jane' },
			inbox_name: 'Support',
			assigned_user_id: null,
			assigned_team_id: 2,
			tags: ['vip'],
			last_interaction: 'Thanks',
			last_message: 'internal note',
			created_at: '2026-01-02T03:04:05Z',
			meta: {},
		});
		expect(Object.keys(simple)).toEqual([...SIMPLE_CONVERSATION_FIELDS]);
		expect(simple).toMatchObject({ contact_email: 'jane@example.com', assigned_user_id: null });
		expect(simple).not.toHaveProperty('last_message');
	});

	it('gives contact_email null without a contact and leaves out fields the record lacks', () => {
		expect(simplifyConversation({ uuid: 'u-2', status: 'Closed' })).toEqual({
			uuid: 'u-2',
			status: 'Closed',
			contact_email: null,
		});
	});
});

describe('simplifyContact', () => {
	it('keeps only the listed fields', () => {
		const contact = Object.fromEntries(SIMPLE_CONTACT_FIELDS.map((field) => [field, `${field}!`]));
		expect(
			simplifyContact({ ...contact, avatar_url: '/a.png', phone_number_country_code: '+49' }),
		).toEqual(contact);
	});
});

describe('simplifyMessage', () => {
	it('turns the author into a name and keeps the listed fields', () => {
		expect(
			simplifyMessage({
				uuid: 'm-1',
				type: 'outgoing',
				private: false,
				sender_type: 'agent',
				author: { id: 1, first_name: 'Ada', last_name: 'Admin', avatar_url: null },
				content: '<p>Hi</p>',
				text_content: 'Hi',
				status: 'sent',
				attachments: [],
				meta: { to: ['a@example.com'] },
				created_at: '2026-01-02T03:04:05Z',
			}),
		).toEqual({
			uuid: 'm-1',
			type: 'outgoing',
			private: false,
			sender_type: 'agent',
			author: 'Ada Admin',
			text_content: 'Hi',
			status: 'sent',
			attachments: [],
			created_at: '2026-01-02T03:04:05Z',
		});
	});

	it('an author without a last name is the first name; no author is null', () => {
		expect(simplifyMessage({ author: { first_name: 'Pia', last_name: '' } }).author).toBe('Pia');
		expect(simplifyMessage({ uuid: 'm-2', author: null })).toEqual({ uuid: 'm-2', author: null });
		expect(simplifyMessage({ uuid: 'm-3' })).toEqual({ uuid: 'm-3', author: null });
	});
});
