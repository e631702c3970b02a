import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';

const ctx = useSimulator();
const run = async (parameters: Record<string, unknown>) =>
	(
		await runNode(
			libredeskNode({
				resource: 'customAttribute',
				operation: 'getAll',
				returnAll: true,
				...parameters,
			}),
			[{ json: {} }],
			credentialsFor(ctx.sim),
		)
	).map((item) => item.json);

describe('Custom Attribute → Get Many', () => {
	it('lists the definitions, all or for contacts or conversations', async () => {
		expect((await run({})).map((attribute) => attribute.key)).toEqual([
			'order_id',
			'plan',
			'crm_id',
		]);
		expect(
			(await run({ filters: { appliesTo: 'contact' } })).map((attribute) => attribute.key),
		).toEqual(['crm_id']);
		expect(
			requestsTo(ctx.sim, 'GET', '/api/v1/custom-attributes').map((request) => request.query),
		).toEqual([{}, { applies_to: 'contact' }]);
	});
});
