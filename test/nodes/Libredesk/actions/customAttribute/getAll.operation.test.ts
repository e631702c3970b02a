import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, runJson: run } = useResourceRig('customAttribute', {
	operation: 'getAll',
	returnAll: true,
});

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
