import { attributeDefinitions } from '../../../../nodes/Libredesk/helpers/attributeDefinitions';
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { executeContext } from '../../../helpers/executeContext';

const ctx = useSimulator();
beforeEach(() => ctx.sim.clearRequests());
const reads = () => requestsTo(ctx.sim, 'GET', '/api/v1/custom-attributes');

describe('attributeDefinitions', () => {
	it('reads each kind once per execution; a new execution reads again', async () => {
		const context = executeContext(credentialsFor(ctx.sim));
		const [first, second] = await Promise.all([
			attributeDefinitions.call(context, 'conversation', 0),
			attributeDefinitions.call(context, 'conversation', 1),
		]);
		expect(second).toBe(first);
		expect(first.map((definition) => definition.key)).toEqual(['order_id', 'plan']);
		expect((await attributeDefinitions.call(context, 'contact', 2)).map((d) => d.key)).toEqual([
			'crm_id',
		]);
		expect(reads().map((request) => request.query)).toEqual([
			{ applies_to: 'conversation' },
			{ applies_to: 'contact' },
		]);
		await attributeDefinitions.call(executeContext(credentialsFor(ctx.sim)), 'contact', 0);
		expect(reads()).toHaveLength(3);
	});

	it('does not keep a failed read: the next item asks again', async () => {
		const context = executeContext(credentialsFor(ctx.sim));
		ctx.sim.injectFault({ kind: 'status', status: 403, match: /custom-attributes/ });
		await expect(attributeDefinitions.call(context, 'contact', 0)).rejects.toThrow();
		expect(await attributeDefinitions.call(context, 'contact', 1)).toHaveLength(1);
	});
});
