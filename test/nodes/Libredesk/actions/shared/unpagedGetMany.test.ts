import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { unpagedGetManyOperation } from '../../../../../nodes/Libredesk/actions/shared/unpagedGetMany';
import { executeContext } from '../../../../helpers/executeContext';
import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';

const ctx = useSimulator();
const context = (parameters: INodeParameters = {}) =>
	executeContext(credentialsFor(ctx.sim), parameters);

/** Teams with a "with emoji only" filter, output by name only. */
const teams = unpagedGetManyOperation({
	endpoint: '/teams/compact',
	filters: [{ displayName: 'With Emoji Only', name: 'withEmoji', type: 'boolean', default: false }],
	query: (filters) => (filters.withEmoji ? { emoji: 'any' } : undefined),
	keep: (record, filters) => !filters.withEmoji || record.emoji !== null,
	output: (record) => ({ name: record.name }),
});

beforeEach(() => ctx.sim.clearRequests());

describe('unpagedGetManyOperation: send', () => {
	it('reads the list once and outputs every record as `output` makes it', async () => {
		expect(await teams.send.call(context(), 0, { filters: {} })).toEqual([
			{ name: 'Billing' },
			{ name: 'Tier 1' },
		]);
		const [sent] = requestsTo(ctx.sim, 'GET', '/api/v1/teams/compact');
		expect(sent.query).toEqual({});
	});

	it('sends the filters as `query` says, keeps what `keep` says, then applies the limit', async () => {
		const filters: IDataObject = { withEmoji: true };
		expect(await teams.send.call(context(), 0, { filters })).toEqual([{ name: 'Billing' }]);
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/teams/compact')[0].query).toEqual({ emoji: 'any' });
		expect(await teams.send.call(context(), 0, { filters: {}, limit: 1 })).toEqual([
			{ name: 'Billing' },
		]);
	});

	it('without `keep` and `output` the records stay as Libredesk sends them', async () => {
		const plain = unpagedGetManyOperation({ endpoint: '/teams/compact' });
		expect(await plain.send.call(context(), 0, { filters: {} })).toEqual([
			{ id: 1, name: 'Billing', emoji: '💳' },
			{ id: 2, name: 'Tier 1', emoji: null },
		]);
	});
});

describe('unpagedGetManyOperation: prepare', () => {
	// Agent → Get Many has a Filters collection, so the node keeps the parameter.
	const agents = unpagedGetManyOperation({
		endpoint: '/agents/compact',
		filters: [],
	});
	const base = { resource: 'agent', operation: 'getAll' };

	it('reads the Filters and the Limit, or no limit with Return All', async () => {
		expect(
			await agents.prepare.call(
				context({ ...base, limit: 3, filters: { includeDisabled: true } }),
				0,
			),
		).toEqual({ filters: { includeDisabled: true }, limit: 3 });
		expect(await agents.prepare.call(context({ ...base, returnAll: true }), 0)).toEqual({
			filters: {},
			limit: undefined,
		});
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('refuses a Limit that is not a positive whole number', async () => {
		await expect(agents.prepare.call(context({ ...base, limit: 0 }), 0)).rejects.toThrow(
			/"Limit" of item 0/,
		);
	});
});

describe('unpagedGetManyOperation: description', () => {
	it('is Return All and Limit, and a Filters collection when the list has filters', () => {
		const plain = unpagedGetManyOperation({ endpoint: '/teams/compact' });
		expect(plain.description.map((field) => field.name)).toEqual(['returnAll', 'limit']);
		expect(teams.description.map((field) => field.name)).toEqual(['returnAll', 'limit', 'filters']);
		expect(teams.description[2]).toMatchObject({
			type: 'collection',
			options: [{ name: 'withEmoji' }],
		});
	});
});
