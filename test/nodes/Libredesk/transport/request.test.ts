/** The transport's retry policy, seen from the simulator: what was sent, how often. */
import { libredeskApiRequest } from '../../../../nodes/Libredesk/transport';
import { pushBackCount } from '../../../../nodes/Libredesk/concurrency/throttle';
import { executeContext } from '../../../helpers/executeContext';
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import { seedConversation } from '../../../helpers/seed';

const ctx = useSimulator();
const create = () =>
	runNode(
		libredeskNode({
			resource: 'conversation',
			operation: 'create',
			inboxId: { __rl: true, mode: 'id', value: '1' },
			contactEmail: 'retry@example.com',
			firstName: 'R',
			content: 'x',
		}),
		[{ json: {} }],
		credentialsFor(ctx.sim),
	);

beforeEach(() => ctx.sim.clearRequests());

describe('transport retries', () => {
	it('a create answered 429 with Retry-After is sent again and creates one conversation', async () => {
		const before = ctx.sim.state.conversations.length;
		ctx.sim.injectFault({ kind: 'status', status: 429, retryAfterSeconds: 0, match: /^POST / });
		const [output] = await create();
		expect(output.json.uuid).toBeDefined();
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')).toHaveLength(2);
		expect(ctx.sim.state.conversations.length).toBe(before + 1);
	});

	it('a create answered 500 is not sent again', async () => {
		ctx.sim.injectFault({ kind: 'status', status: 500, match: /^POST / });
		await expect(create()).rejects.toThrow(/HTTP 500/);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')).toHaveLength(1);
	});

	it('a read answered 503 is read again', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.clearRequests();
		ctx.sim.injectFault({ kind: 'status', status: 503, match: /^GET / });
		const [output] = await runNode(
			libredeskNode({
				resource: 'conversation',
				operation: 'get',
				conversationId: { __rl: true, mode: 'id', value: uuid },
			}),
			[{ json: {} }],
			credentialsFor(ctx.sim),
		);
		expect(output.json.uuid).toBe(uuid);
		expect(requestsTo(ctx.sim, 'GET', `/api/v1/conversations/${uuid}`)).toHaveLength(2);
	});
});

describe('push-backs counted for Auto (Requests in Parallel)', () => {
	const read = async (timeout?: number) => {
		const context = executeContext({ ...credentialsFor(ctx.sim), ...(timeout ? { timeout } : {}) });
		const outcome = await libredeskApiRequest
			.call(context, { method: 'GET', endpoint: '/agents/me' })
			.then(
				() => 'answered',
				() => 'failed',
			);
		return { outcome, pushBacks: pushBackCount(context) };
	};
	afterEach(() => ctx.sim.setLatency(0));

	it('counts a 429 and a 503 of the execution, also when the request then succeeds', async () => {
		ctx.sim.injectFault({ kind: 'status', status: 429, retryAfterSeconds: 0, match: /^GET / });
		ctx.sim.injectFault({ kind: 'status', status: 503, match: /^GET / });
		expect(await read()).toEqual({ outcome: 'answered', pushBacks: 2 });
	});

	it('counts a request that got no answer in time', async () => {
		ctx.sim.setLatency(3000);
		expect(await read(0.3)).toEqual({ outcome: 'failed', pushBacks: 3 });
	});

	it('does not count other errors or plain answers', async () => {
		ctx.sim.injectFault({ kind: 'status', status: 502, match: /^GET / });
		expect(await read()).toEqual({ outcome: 'answered', pushBacks: 0 });
	});
});
