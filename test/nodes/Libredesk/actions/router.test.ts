/**
 * The item loop under concurrency, through n8n-core against the simulator: output order and
 * pairing, the bound on requests in flight, fail-stop without Continue On Fail, per-item errors
 * with it, and a Retry-After that holds every request of the execution.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { DEFAULT_REQUESTS_IN_PARALLEL } from '../../../../nodes/Libredesk/concurrency/requestsInParallel';
import { Libredesk } from '../../../../nodes/Libredesk/Libredesk.node';
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { envelope, useHostile } from '../../../helpers/hostile';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import { seedWriteCases, writeCases } from '../../../helpers/writeOperations';
import type { Seeds } from '../../../helpers/writeOperations';
import type { RecordedRequest } from '../../../../simulator/server';

const ctx = useSimulator();

const CREATE: INodeParameters = {
	resource: 'conversation',
	operation: 'create',
	inboxId: { __rl: true, mode: 'id', value: '={{ $json.inbox }}' },
	contactEmail: '={{ $json.email }}',
	firstName: 'Bulk',
	content: '={{ "<p>item " + $json.n + "</p>" }}',
	initiator: 'contact',
};

/** Inbox 3 is disabled in the simulator: Libredesk refuses the create with a 400. */
const DISABLED_INBOX = 3;

function items(count: number, failing: number[] = []): INodeExecutionData[] {
	return Array.from({ length: count }, (_, n) => ({
		json: { n, email: `bulk${n}@example.com`, inbox: failing.includes(n) ? DISABLED_INBOX : 1 },
	}));
}

async function create(
	count: number,
	options: { failing?: number[]; parallel?: number; continueOnFail?: boolean } = {},
) {
	const node = libredeskNode(
		{
			...CREATE,
			...(options.parallel === undefined ? {} : { requestsInParallel: options.parallel }),
		},
		options.continueOnFail ? { continueOnFail: true } : {},
	);
	return await runNode(node, items(count, options.failing), credentialsFor(ctx.sim));
}

const posts = () => requestsTo(ctx.sim, 'POST', '/api/v1/conversations');
const itemOf = (request: RecordedRequest) =>
	Number(/bulk(\d+)@/.exec(String((request.json as IDataObject).contact_email))?.[1]);
/** Later items answer sooner, so responses come back in the reverse of the input order. */
const reverseLatency = (count: number) => (request: RecordedRequest) =>
	request.path === '/api/v1/conversations' ? (count - itemOf(request)) * 15 : 0;

beforeEach(() => {
	ctx.sim.clearRequests();
	ctx.sim.setLatency(0);
});
afterAll(() => ctx.sim.setLatency(0));

describe('requests in parallel', () => {
	it('keeps the input order and pairing when answers come back in reverse order', async () => {
		ctx.sim.setLatency(reverseLatency(12));
		const output = await create(12, { parallel: 4 });

		expect(output.map((entry) => entry.pairedItem)).toEqual(
			Array.from({ length: 12 }, (_, item) => ({ item })),
		);
		const byUuid = new Map(
			posts().map((request) => [
				(request.response?.body as { data: IDataObject }).data.uuid as string,
				itemOf(request),
			]),
		);
		expect(output.map((entry) => byUuid.get(entry.json.uuid as string))).toEqual(
			Array.from({ length: 12 }, (_, n) => n),
		);
		// Answers really did arrive out of order, and never more than 4 were under way.
		const answered = [...posts()]
			.sort((a, b) => (a.answeredAt ?? 0) - (b.answeredAt ?? 0))
			.map(itemOf);
		expect(answered).not.toEqual([...answered].sort((a, b) => a - b));
		expect(ctx.sim.maxInFlight).toBe(4);
	});

	it(`sends each item exactly once, in input order, with the default of ${DEFAULT_REQUESTS_IN_PARALLEL} in flight`, async () => {
		ctx.sim.setLatency(100);
		const output = await create(120);

		expect(output).toHaveLength(120);
		expect(posts().map(itemOf)).toEqual(Array.from({ length: 120 }, (_, n) => n));
		expect(ctx.sim.maxInFlight).toBe(DEFAULT_REQUESTS_IN_PARALLEL);
	});

	it('sends strictly one after another with 1', async () => {
		ctx.sim.setLatency(20);
		await create(5, { parallel: 1 });

		const sent = posts();
		expect(sent.map(itemOf)).toEqual([0, 1, 2, 3, 4]);
		for (let index = 1; index < sent.length; index++) {
			expect(sent[index].receivedAt).toBeGreaterThanOrEqual(sent[index - 1].answeredAt ?? Infinity);
		}
		expect(ctx.sim.maxInFlight).toBe(1);
	});

	it.each([0, 51, 2.5])('refuses %p before any request, naming the setting', async (parallel) => {
		const error = await create(2, { parallel }).catch((caught: unknown) => caught);

		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as NodeOperationError).message).toContain('"Requests in Parallel"');
		expect((error as NodeOperationError).description).toContain('from 1 to 50');
		expect(posts()).toHaveLength(0);
	});
});

describe('without Continue On Fail: the first failed item stops the run', () => {
	it('sends nothing new after a failure, and names what was created and what was not sent', async () => {
		ctx.sim.setLatency(30);
		const error = (await create(20, { failing: [5], parallel: 3 }).catch(
			(caught: unknown) => caught,
		)) as NodeApiError;

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.context.itemIndex).toBe(5);
		const sent = posts();
		const created = sent.filter((request) => request.response?.status === 200);
		// Items 0-4 were created before item 5 was sent; at most the two sent next to it, no more.
		expect(sent.length).toBeLessThanOrEqual(8);
		expect(new Set(sent.map(itemOf)).size).toBe(sent.length);
		const records = error.context.alreadyDone as IDataObject[];
		expect(records.map((record) => record.itemIndex)).toEqual(
			created.map(itemOf).sort((a, b) => a - b),
		);
		for (const request of created) {
			const { uuid } = (request.response?.body as { data: IDataObject }).data;
			expect(records).toContainEqual(expect.objectContaining({ itemIndex: itemOf(request), uuid }));
			expect(error.description).toContain(String(uuid));
		}
		expect(error.description).toMatch(
			/Already created in Libredesk before the run stopped \(items 0–4/,
		);
		expect(error.description).toContain(`Not sent: items ${sent.length}–19.`);
		expect(error.description).toContain('Continue On Fail');
	});

	it('reports the first failed item in input order, even when a later one failed first', async () => {
		// Item 3 (failing) answers first, items 0 and 2 next, item 1 (failing) last.
		const delays: Record<number, number> = { 0: 60, 1: 150, 2: 60, 3: 10 };
		ctx.sim.setLatency((request) =>
			request.path === '/api/v1/conversations' ? (delays[itemOf(request)] ?? 0) : 0,
		);
		const error = (await create(6, { failing: [1, 3], parallel: 4 }).catch(
			(caught: unknown) => caught,
		)) as NodeApiError;

		expect(error.context.itemIndex).toBe(1);
		const answeredFirst = posts()
			.filter((request) => request.response?.status === 400)
			.sort((a, b) => (a.answeredAt ?? 0) - (b.answeredAt ?? 0));
		expect(answeredFirst.map(itemOf)).toEqual([3, 1]);
		expect(error.description).toContain('Also failed while it ran: item 3.');
		// Items 0 and 2 were created next to them, and said so.
		expect((error.context.alreadyDone as IDataObject[]).map((record) => record.itemIndex)).toEqual([
			0, 2,
		]);
		expect(posts().map(itemOf)).toEqual([0, 1, 2, 3]);
	});
});

describe('with Continue On Fail', () => {
	it('sends every item and outputs each failure in its place, paired with its item', async () => {
		ctx.sim.setLatency(reverseLatency(8));
		const output = await create(8, { failing: [2, 5], parallel: 3, continueOnFail: true });

		expect(posts()).toHaveLength(8);
		expect(output.map((entry) => entry.pairedItem)).toEqual(
			Array.from({ length: 8 }, (_, item) => ({ item })),
		);
		expect(output.map((entry) => entry.error !== undefined)).toEqual([
			false,
			false,
			true,
			false,
			false,
			true,
			false,
			false,
		]);
		expect(output[2].json).toEqual(
			expect.objectContaining({ httpCode: '400', error: expect.stringContaining('Libredesk:') }),
		);
		expect(output[0].json.uuid).toEqual(expect.any(String));
	});
});

describe('Retry-After under concurrency', () => {
	it('holds every request of the execution, not only the one that was told to wait', async () => {
		ctx.sim.setLatency(20);
		ctx.sim.injectFault({
			match: /^POST \/api\/v1\/conversations$/,
			kind: 'status',
			status: 429,
			retryAfterSeconds: 1,
		});
		const output = await create(8, { parallel: 3 });

		expect(output).toHaveLength(8);
		const sent = posts();
		const limited = sent.find((request) => request.response?.status === 429) as RecordedRequest;
		expect(limited).toBeDefined();
		// Every request that started after the 429 waited out the second it asked for.
		const after = sent.filter((request) => request.receivedAt >= (limited.answeredAt ?? 0));
		expect(after.length).toBeGreaterThanOrEqual(6);
		for (const request of after)
			expect(request.receivedAt - (limited.answeredAt ?? 0)).toBeGreaterThanOrEqual(950);
		// The limited item was sent again once, every other item once: 9 POSTs for 8 items.
		expect(sent).toHaveLength(9);
		expect(
			sent
				.filter((request) => request.response?.status === 200)
				.map(itemOf)
				.sort((a, b) => a - b),
		).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
	});
});

describe('a success without a record', () => {
	const hostile = useHostile();

	it('a create answered {"status":"success","data":null} outputs an object that says so, not null', async () => {
		hostile.server.handle((_request, response) => {
			response.writeHead(200, { 'Content-Type': 'application/json' });
			response.end(envelope(null));
		});
		const output = await runNode(
			libredeskNode({ ...CREATE, inboxId: { __rl: true, mode: 'id', value: '1' } }),
			[{ json: { email: 'null@example.com', n: 1 } }],
			credentialsFor(ctx.sim, { baseUrl: hostile.server.url }),
		);
		expect(hostile.server.requests.map((request) => request.method)).toEqual(['POST']);
		expect(output).toEqual([
			{
				json: {
					success: true,
					libredesk_data: null,
					note: expect.stringMatching(/^Libredesk reported success but sent no record back/),
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});

/**
 * The router's promise: every item is prepared before the first is sent, so a bad item stops the
 * run before anything changes. Walked over every operation the node's description offers that
 * changes something (anything but Get…/Search), each with a valid first item and a bad second.
 */
describe('no write while any item is invalid', () => {
	const properties = new Libredesk().description.properties;
	const resources = (properties.find((property) => property.name === 'resource')?.options ??
		[]) as Array<{ value: string }>;
	const writeOperations = resources.flatMap(({ value: resource }) =>
		properties
			.filter(
				(property) =>
					property.name === 'operation' &&
					(property.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
			)
			.flatMap((property) => (property.options ?? []) as Array<{ value: string }>)
			.map(({ value }) => `${resource}.${value}`)
			.filter((key) => !/\.(get|search)/.test(key)),
	);
	let seeds: Seeds;
	beforeAll(async () => {
		seeds = await seedWriteCases(ctx.sim);
	});

	it('has cases for every write operation of the description, and for no other', () => {
		// A new write operation fails here until its valid and bad items are in writeOperations.ts.
		expect(Object.keys(writeCases(seeds)).sort()).toEqual([...writeOperations].sort());
		expect(writeOperations.length).toBeGreaterThan(40);
	});

	it.each(writeOperations)('%s: a bad second item stops the run before any write', async (key) => {
		const [resource, operation] = key.split('.');
		for (const { bad, parameters, items, typeVersion } of writeCases(seeds)[key] ?? []) {
			ctx.sim.clearRequests();
			const node = libredeskNode(
				{ resource, operation, ...parameters },
				{ typeVersion: typeVersion ?? 1 },
			);
			const error = await runNode(
				node,
				items.map((json) => ({ json })),
				credentialsFor(ctx.sim),
			).then(
				() => undefined,
				(caught: NodeOperationError | NodeApiError) => caught,
			);
			const writes = ctx.sim.requests
				.filter((request) => request.method !== 'GET')
				.map((request) => `${request.method} ${request.path}`);
			expect({
				bad,
				writes,
				refusedItem: error?.context.itemIndex,
				message: error?.message,
			}).toEqual({
				bad,
				writes: [],
				refusedItem: 1,
				message: expect.any(String) as string,
			});
		}
	});
});
