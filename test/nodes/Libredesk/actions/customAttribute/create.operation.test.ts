import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs, writes } = useResourceRig('customAttribute', { operation: 'create' });
const fields = {
	appliesTo: 'contact',
	key: 'tier',
	name: 'Tier',
	dataType: 'list',
	description: 'Support tier',
	additionalFields: { values: 'Free, Pro' },
};

describe('Custom Attribute → Create', () => {
	it('defines an attribute, always sending values, regex and hint', async () => {
		const [output] = await run(fields);
		expect(output.json).toMatchObject({
			key: 'tier',
			applies_to: 'contact',
			values: ['Free', 'Pro'],
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/custom-attributes')[0].json).toEqual({
			applies_to: 'contact',
			key: 'tier',
			name: 'Tier',
			data_type: 'list',
			description: 'Support tier',
			values: ['Free', 'Pro'],
			regex: '',
			regex_hint: '',
		});
	});

	it('the same key may exist for the other kind', async () => {
		const [output] = await run({
			...fields,
			appliesTo: 'conversation',
			key: 'crm_id',
			dataType: 'text',
			additionalFields: {},
		});
		expect(output.json).toMatchObject({ key: 'crm_id', applies_to: 'conversation', values: [] });
	});

	it('refuses what Libredesk would store or fail on, before sending', async () => {
		const refused = async (parameters: object, message: string | RegExp) =>
			await expect(run({ ...fields, key: 'tier_two', ...parameters })).rejects.toThrow(message);
		await refused({ key: 'Order ID' }, 'The "Key" of item 0 is "Order ID"');
		await refused(
			{ key: 'status' },
			`The "Key" of item 0 is "status", a field Libredesk has itself`,
		);
		await refused(
			{ appliesTo: 'contact', key: 'crm_id' },
			/which custom attribute 3 of the contacts already has/,
		);
		await refused({ description: ' ' }, 'The "Description" of item 0 is empty');
		await refused({ name: 'x'.repeat(141) }, 'The "Name" of item 0 is 141 characters long');
		await refused({ additionalFields: {} }, 'The "Values" of item 0 are empty');
		await refused({ dataType: 'colour' }, 'The "Data Type" of item 0 is "colour"');
		await refused({ appliesTo: 'ticket' }, 'The "Applies To" of item 0 is "ticket"');
		await refused(
			{ dataType: 'text', additionalFields: { regex: '([a-z' } },
			'The "Regex" of item 0 is "([a-z", which is not a regular expression',
		);
		expect(writes()).toHaveLength(0);
	});

	it('needs custom_attributes:manage', async () => {
		const error = await runAs('agent', { ...fields, key: 'never' }).catch((caught) => caught);
		expect(error.description).toMatch(/custom_attributes:manage/);
	});

	it('is never sent twice when the answer is lost', async () => {
		ctx.sim.injectFault({ match: /^POST \/api\/v1\/custom-attributes$/, kind: 'drop' });
		const error = await run({ ...fields, key: 'lost' }).catch((caught) => caught);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/custom-attributes')).toHaveLength(1);
		expect(error.description).toMatch(/The custom attribute "lost" may have been created/);
	});
});
