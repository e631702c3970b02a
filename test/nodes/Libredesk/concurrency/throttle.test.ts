import { holdAll, waitForGate } from '../../../../nodes/Libredesk/concurrency/throttle';
import type { LibredeskContext } from '../../../../nodes/Libredesk/transport';

// The gate is keyed by the execution context; any object stands for one here.
const execution = () => ({}) as LibredeskContext;

describe('the Retry-After gate', () => {
	it('passes at once when nobody asked to wait', async () => {
		const started = Date.now();
		await waitForGate(execution());
		expect(Date.now() - started).toBeLessThan(50);
	});

	it('holds every waiter of the same execution until the longest wait is over, and no other execution', async () => {
		const held = execution();
		holdAll(held, 200);
		holdAll(held, 50);
		const started = Date.now();
		const other = execution();
		const [, otherDone, heldDone] = await Promise.all([
			waitForGate(held),
			waitForGate(other).then(() => Date.now() - started),
			waitForGate(held).then(() => Date.now() - started),
		]);
		expect(heldDone).toBeGreaterThanOrEqual(190);
		expect(otherDone).toBeLessThan(150);
	});
});
