/** Enable/Disable over a toggle route, through Inbox → Disable (the factory's other user is Automation Rule). */
import { requestsTo } from '../../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, runJson } = useResourceRig('inbox', { operation: 'disable' });

describe('setEnabledOperation', () => {
	it('reads first and toggles only when the state differs', async () => {
		expect(await runJson({ inbox: byId(2) })).toEqual([
			expect.objectContaining({ id: 2, enabled: false, changed: true }),
		]);
		// Read while preparing (a missing inbox stops the run before any toggle), and again to toggle.
		expect(ctx.sim.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /api/v1/inboxes/2',
			'GET /api/v1/inboxes/2',
			'PUT /api/v1/inboxes/2/toggle',
		]);
		ctx.sim.clearRequests();
		expect(await runJson({ inbox: byId(2) })).toEqual([
			expect.objectContaining({ id: 2, enabled: false, changed: false }),
		]);
		expect(requestsTo(ctx.sim, 'PUT', '/api/v1/inboxes/2/toggle')).toHaveLength(0);
	});

	it('says so when someone switched the record back at the same time', async () => {
		const inbox = ctx.sim.state.inboxes.find((entry) => entry.id === 1)!;
		inbox.enabled = true;
		// The toggle's answer shows the inbox still enabled: another flip happened in between.
		ctx.sim.injectFault({
			match: /^PUT \/api\/v1\/inboxes\/1\/toggle$/,
			kind: 'status',
			status: 200,
			body: { status: 'success', data: { id: 1, enabled: true } },
		});
		const error = await runJson({ inbox: byId(1) }).catch((caught) => caught);
		expect(error.message).toBe(
			'The inbox 1 is enabled after the node switched it: someone else switched it at the same time',
		);
		expect(error.description).toMatch(/run the node again/);
	});
});
