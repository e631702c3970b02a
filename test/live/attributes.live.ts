/**
 * Typed custom attributes (node version 1.2) through n8n-core against a live Libredesk v2.7.0:
 * definitions of every data type are made for the run (keys `attrs_<run>_…`) and deleted after.
 */
import type { INodeParameters } from 'n8n-workflow';

import { resourceMapping } from '../helpers/n8n';
import { mappedAttributes } from '../helpers/seed';
import { byId, useLive } from './useLive';

const live = useLive();
const TYPED = 1.2;
const run = async (parameters: INodeParameters) => await live.run(parameters, undefined, TYPED);

/** Keys of this run: Libredesk keys are lower-case letters, digits and `_`. */
const keys: Record<string, string> = {};

beforeAll(async () => {
	const f = live.fixtures;
	const run = f.prefix.replace(/[^a-z0-9]/g, '').slice(-8);
	const define = async (
		name: string,
		appliesTo: 'conversation' | 'contact',
		dataType: string,
		extra: Record<string, unknown> = {},
	) => {
		const key = `attrs_${run}_${name}`;
		// Libredesk answers 500 when `values` is missing, so every definition sends it.
		const created = await f.admin.data<{ id: number }>('POST', '/api/v1/custom-attributes', {
			name: `attrs ${run} ${name}`,
			key,
			applies_to: appliesTo,
			data_type: dataType,
			description: 'n8n-nodes-libredesk live test',
			values: [],
			...extra,
		});
		f.later(() => f.admin.call('DELETE', `/api/v1/custom-attributes/${created.id}`));
		keys[name] = key;
	};
	await define('tier', 'conversation', 'list', { values: ['free', 'pro'] });
	await define('due', 'conversation', 'date');
	await define('score', 'conversation', 'number');
	await define('vip', 'conversation', 'checkbox');
	await define('site', 'conversation', 'link');
	await define('code', 'conversation', 'text', {
		regex: '^T-[0-9]+$',
		regex_hint: 'T- and digits',
	});
	await define('points', 'contact', 'number');
}, 60000);

describe('Custom attributes by type (node version 1.2)', () => {
	it("the resource mapper's fields are the live definitions, typed", async () => {
		const { fields } = await resourceMapping('getConversationAttributes', live.credentials, {
			resource: 'conversation',
			operation: 'create',
		});
		const ours = Object.fromEntries(
			fields.filter((field) => field.id.startsWith('attrs_')).map((f) => [f.id, f]),
		);
		expect(ours[keys.tier]).toMatchObject({
			type: 'options',
			options: [
				{ name: 'free', value: 'free' },
				{ name: 'pro', value: 'pro' },
			],
		});
		expect(
			[keys.due, keys.score, keys.vip, keys.site, keys.code].map((k) => ours[k]?.type),
		).toEqual(['dateTime', 'number', 'boolean', 'url', 'string']);
		const contact = await resourceMapping('getContactAttributes', live.credentials, {
			resource: 'contact',
			operation: 'updateCustomAttributes',
		});
		expect(contact.fields.map((field) => field.id)).toContain(keys.points);
		expect(contact.fields.map((field) => field.id)).not.toContain(keys.tier);
	});

	it('Create stores each mapped value in the form its type takes; Update merges JSON, null removes', async () => {
		const f = live.fixtures;
		const [created] = await run({
			resource: 'conversation',
			operation: 'create',
			inboxId: byId(f.inboxes.email),
			contactEmail: f.email('typed'),
			firstName: 'Typed',
			subject: `${f.prefix} typed`,
			content: 'typed attributes',
			initiator: 'contact',
			attributesInput: 'map',
			attributes: mappedAttributes({
				[keys.tier]: 'pro',
				[keys.due]: '2026-12-24T00:00:00',
				[keys.score]: '4.5',
				[keys.vip]: true,
				[keys.site]: 'https://crm.example.com/c/7',
				[keys.code]: 'T-7',
			}),
		});
		const expected = {
			[keys.tier]: 'pro',
			[keys.due]: '2026-12-24',
			[keys.score]: 4.5,
			[keys.vip]: true,
			[keys.site]: 'https://crm.example.com/c/7',
			[keys.code]: 'T-7',
		};
		expect(created.json.custom_attributes).toEqual(expected);

		const uuid = created.json.uuid as string;
		const [updated] = await run({
			resource: 'conversation',
			operation: 'updateCustomAttributes',
			conversationId: byId(uuid),
			attributesInput: 'json',
			attributesJson: JSON.stringify({ [keys.vip]: 'false', [keys.code]: null }),
		});
		const kept: Record<string, unknown> = { ...expected };
		delete kept[keys.code];
		expect(updated.json.custom_attributes).toEqual({ ...kept, [keys.vip]: false });
	});

	it('refuses a wrong value and an unknown key before sending anything', async () => {
		const { uuid } = await live.conversation('typed-refused');
		const attempt = async (attributes: Record<string, string>) =>
			(await run({
				resource: 'conversation',
				operation: 'updateCustomAttributes',
				conversationId: byId(uuid),
				attributes: mappedAttributes(attributes),
			}).catch((caught: Error) => caught)) as Error & { description?: string };
		const wrong = await attempt({ [keys.tier]: 'gold' });
		expect(wrong.message).toContain('not one of its options');
		expect(wrong.description).toBe('Use one of: free, pro.');
		const unknown = await attempt({ [keys.points]: '3' });
		expect(unknown.message).toContain(
			`has keys Libredesk does not define for conversations: ${keys.points}`,
		);
		const conversation = await live.fixtures.admin.data<{ custom_attributes: object }>(
			'GET',
			`/api/v1/conversations/${uuid}`,
		);
		expect(conversation.custom_attributes).toEqual({});
	});

	it('Contact → Update Custom Attributes sets a number from text; a saved version 1.1 node still sends JSON unchecked', async () => {
		const { uuid, contact_id } = await live.conversation('typed-contact');
		const [contact] = await run({
			resource: 'contact',
			operation: 'updateCustomAttributes',
			conversationId: byId(uuid),
			attributes: mappedAttributes({ [keys.points]: '120' }),
		});
		expect(contact.json).toMatchObject({
			id: contact_id,
			custom_attributes: { [keys.points]: 120 },
		});
		const [old] = await live.run(
			{
				resource: 'contact',
				operation: 'updateCustomAttributes',
				conversationId: byId(uuid),
				customAttributes: JSON.stringify({ [keys.points]: 'many' }),
			},
			undefined,
			1.1,
		);
		expect(old.json).toMatchObject({ custom_attributes: { [keys.points]: 'many' } });
	});
});
