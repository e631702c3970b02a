/** The transport's retry policy, seen from the simulator: what was sent, how often. */
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
