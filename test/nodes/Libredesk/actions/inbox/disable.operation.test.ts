import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, runJson, writes } = useResourceRig('inbox', { operation: 'disable' });
const inbox = (id: number) => ctx.sim.state.inboxes.find((entry) => entry.id === id)!;

describe('Inbox → Disable', () => {
	it('disables an enabled inbox', async () => {
		expect(await runJson({ inbox: byId(4) })).toEqual([
			expect.objectContaining({ id: 4, channel: 'livechat', enabled: false, changed: true }),
		]);
		expect(inbox(4).enabled).toBe(false);
	});

	it('leaves a disabled inbox off without toggling it', async () => {
		expect(await runJson({ inbox: byId(3) })).toEqual([
			expect.objectContaining({ id: 3, enabled: false, changed: false }),
		]);
		expect(writes()).toHaveLength(0);
	});
});
