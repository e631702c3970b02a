import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs, writes } = useResourceRig('inbox', { operation: 'enable' });
const inbox = (id: number) => ctx.sim.state.inboxes.find((entry) => entry.id === id)!;

describe('Inbox → Enable', () => {
	it('enables a disabled inbox and leaves an enabled one as it is', async () => {
		inbox(3).enabled = false;
		const outputs = await run({ inbox: byId('={{ $json.id }}') }, [
			{ json: { id: 3 } },
			{ json: { id: 1 } },
		]);
		expect(outputs.map((item) => [item.json.id, item.json.enabled, item.json.changed])).toEqual([
			[3, true, true],
			[1, true, false],
		]);
		expect(outputs[0].json).not.toHaveProperty('config');
		expect(writes().map((request) => request.path)).toEqual(['/api/v1/inboxes/3/toggle']);
	});

	it('refuses a bad ID before any request, and a missing inbox before any toggle', async () => {
		await expect(run({ inbox: byId('0') })).rejects.toThrow(
			'The "Inbox" of item 0 is not a positive whole number: "0"',
		);
		expect(ctx.sim.requests).toHaveLength(0);
		const error = await run({ inbox: byId(999) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: Inbox not found (HTTP 400, InputException)');
		expect(writes()).toHaveLength(0);
	});

	it('needs inboxes:manage', async () => {
		const error = await runAs('agent', { inbox: byId(3) }).catch((caught) => caught);
		expect(error.description).toMatch(/inboxes:manage/);
	});
});
