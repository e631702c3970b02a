import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { resourceMapping } from '../../../helpers/n8n';
import { seedTypedAttributes } from '../../../helpers/seed';
import { answerNextGet } from './libredeskAnswers';

const ctx = useSimulator();
beforeAll(() => seedTypedAttributes(ctx.sim));
beforeEach(() => ctx.sim.clearRequests());

const conversationUpdate = { resource: 'conversation', operation: 'updateCustomAttributes' };

describe('resourceMapping', () => {
	it('getConversationAttributes: one field per conversation attribute, typed as its data type', async () => {
		const { fields } = await resourceMapping(
			'getConversationAttributes',
			credentialsFor(ctx.sim),
			conversationUpdate,
		);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/custom-attributes')[0].query).toEqual({
			applies_to: 'conversation',
		});
		const byId = Object.fromEntries(fields.map((field) => [field.id, field]));
		expect(Object.keys(byId).sort()).toEqual(
			['crm_link', 'due_date', 'order_id', 'plan', 'score', 'ticket_code', 'tier', 'vip'].sort(),
		);
		expect(byId.tier).toEqual({
			id: 'tier',
			displayName: 'Tier',
			required: false,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type: 'options',
			options: [
				{ name: 'free', value: 'free' },
				{ name: 'pro', value: 'pro' },
			],
		});
		expect(Object.fromEntries(fields.map((field) => [field.id, field.type]))).toMatchObject({
			order_id: 'string',
			score: 'number',
			vip: 'boolean',
			due_date: 'dateTime',
			crm_link: 'url',
		});
	});

	it('getContactAttributes: the contact ones only', async () => {
		const { fields } = await resourceMapping('getContactAttributes', credentialsFor(ctx.sim), {
			resource: 'contact',
			operation: 'updateCustomAttributes',
		});
		expect(fields.map((field) => [field.id, field.type])).toEqual(
			expect.arrayContaining([
				['crm_id', 'string'],
				['loyalty_points', 'number'],
			]),
		);
		expect(fields).toHaveLength(2);
	});

	it('a data type Libredesk may add later is text; none defined gives the notice', async () => {
		answerNextGet(ctx.sim, '/custom-attributes', [
			{ key: 'rating', name: 'Rating', data_type: 'stars', values: [] },
		]);
		const { fields } = await resourceMapping(
			'getConversationAttributes',
			credentialsFor(ctx.sim),
			conversationUpdate,
		);
		expect(fields).toEqual([expect.objectContaining({ id: 'rating', type: 'string' })]);
		answerNextGet(ctx.sim, '/custom-attributes', null);
		expect(
			await resourceMapping(
				'getConversationAttributes',
				credentialsFor(ctx.sim),
				conversationUpdate,
			),
		).toEqual({
			fields: [],
			emptyFieldsNotice:
				'Libredesk has no conversation attributes yet: an admin adds them under Admin → Custom Attributes.',
		});
	});
});
