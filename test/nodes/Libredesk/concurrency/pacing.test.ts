/**
 * "Requests in Parallel: Auto" through n8n-core against the simulator, which counts the requests
 * in flight: the limit grows against a server that answers as fast at any load, stays near the
 * capacity of one that queues, backs off when told to wait, never exceeds 50, keeps the input
 * order, and says what it settled on. No times are asserted, only counts.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { AUTO_SINCE_VERSION } from '../../../../nodes/Libredesk/concurrency/requestsInParallel';
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { libredeskNode, runNodeWithHints } from '../../../helpers/n8n';
import type { RecordedRequest } from '../../../../simulator/server';

const ctx = useSimulator();

function items(count: number): INodeExecutionData[] {
	return Array.from({ length: count }, (_, n) => ({ json: { n, email: `auto${n}@example.com` } }));
}

/** Conversation → Create at the newest version, "Requests in Parallel" left at its default. */
async function createAuto(count: number) {
	const node = libredeskNode(
		{
			resource: 'conversation',
			operation: 'create',
			inboxId: { __rl: true, mode: 'id', value: '1' },
			contactEmail: '={{ $json.email }}',
			firstName: 'Auto',
			content: '={{ "<p>item " + $json.n + "</p>" }}',
			initiator: 'contact',
		},
		{ typeVersion: AUTO_SINCE_VERSION },
	);
	return await runNodeWithHints(node, items(count), credentialsFor(ctx.sim));
}

const posts = () => requestsTo(ctx.sim, 'POST', '/api/v1/conversations');
const itemOf = (request: RecordedRequest) =>
	Number(/auto(\d+)@/.exec(String((request.json as IDataObject).contact_email))?.[1]);
const underWay = () => ctx.sim.requests.filter((request) => !request.answeredAt).length;

beforeEach(() => {
	ctx.sim.clearRequests();
	ctx.sim.setLatency(0);
});
afterAll(() => ctx.sim.setLatency(0));

function expectEveryItemOnceInOrder(output: INodeExecutionData[], count: number): void {
	expect(posts().map(itemOf)).toEqual(Array.from({ length: count }, (_, n) => n));
	expect(output.map((entry) => entry.pairedItem)).toEqual(
		Array.from({ length: count }, (_, item) => ({ item })),
	);
	expect(output.map((entry) => (entry.json.contact as IDataObject).email)).toEqual(
		Array.from({ length: count }, (_, n) => `auto${n}@example.com`),
	);
}

describe('Requests in Parallel: Auto', () => {
	it('adds requests while a server answers as fast at any load, up to 50, and says where it settled', async () => {
		// A slow answer that does not depend on the load: the node's own CPU time (this process
		// is the simulator too, on a shared machine) stays small beside it.
		ctx.sim.setLatency(800);
		const { output, hints } = await createAuto(80);

		expectEveryItemOnceInOrder(output, 80);
		// It started at 2 and doubled at least twice after 3, never above the bound.
		expect(ctx.sim.maxInFlight).toBeGreaterThanOrEqual(8);
		expect(ctx.sim.maxInFlight).toBeLessThanOrEqual(50);
		expect(hints).toEqual([
			expect.objectContaining({
				type: 'info',
				message: expect.stringMatching(
					/^Requests in Parallel \(Auto\) settled on \d+ at a time for 80 items \(started at 2, highest \d+, at most 50\)$/,
				),
			}),
		]);
	});

	it('stays far below 50 against a server whose answers slow down past 3 at a time', async () => {
		// 30 ms up to 3 under way, then in proportion: a server whose CPU is the limit.
		ctx.sim.setLatency(() => 30 * Math.max(1, underWay() / 3));
		const { output } = await createAuto(150);

		expectEveryItemOnceInOrder(output, 150);
		// It probes above the capacity (a round that got more answered a second grows it), then
		// comes back: far below the 50 a fixed setting would keep under way.
		expect(ctx.sim.maxInFlight).toBeGreaterThan(1);
		expect(ctx.sim.maxInFlight).toBeLessThanOrEqual(24);
	});

	it('backs off when Libredesk answers 429, even when the retry then comes back quickly, and sends no item twice', async () => {
		ctx.sim.setLatency(400);
		// The first two creates are told to wait 0 s: each is sent again at once and answers as fast.
		ctx.sim.injectFault({
			match: /^POST \/api\/v1\/conversations$/,
			kind: 'status',
			status: 429,
			retryAfterSeconds: 0,
			times: 2,
		});
		const { output, hints } = await createAuto(40);

		expect(output).toHaveLength(40);
		const sent = posts();
		expect(sent.filter((request) => request.response?.status === 429)).toHaveLength(2);
		const created = sent.filter((request) => request.response?.status === 200).map(itemOf);
		expect(created.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => n));
		// Halved to 1, then at most a fifth more (at least 1) when two rounds in a row say there is
		// room: 40 items cannot take it past 10. Without the back-off it grows (3, 6, 12) on the
		// quick answers after the retries.
		expect(ctx.sim.maxInFlight).toBeLessThanOrEqual(10);
		expect(hints[0]?.message).toMatch(/highest ([1-9]|10),/);
	});
});
