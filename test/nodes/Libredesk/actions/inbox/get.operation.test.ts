import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs } = useResourceRig('inbox', { operation: 'get' });

describe('Inbox → Get', () => {
	it('gets an inbox without its mail settings or secret', async () => {
		const [inbox] = await runJson({ inbox: byId(3) });
		expect(inbox).toMatchObject({ id: 3, name: 'Old Sales', channel: 'email', enabled: false });
		expect(inbox).not.toHaveProperty('config');
		expect(inbox).not.toHaveProperty('secret');
	});

	it('keeps Libredesk\'s 400 "Inbox not found" for a missing inbox', async () => {
		const error = await runJson({ inbox: byId(999) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Inbox not found (HTTP 400, InputException)');
		expect(error.description).toMatch(/no inbox with this ID/);
	});

	it('needs inboxes:manage', async () => {
		const error = await runAs('agent', { inbox: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/inboxes:manage/);
	});
});
