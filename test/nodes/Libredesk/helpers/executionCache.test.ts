import { ExecutionCache } from '../../../../nodes/Libredesk/helpers/executionCache';

describe('ExecutionCache', () => {
	it('loads a key once per context, again for another context or after forget', async () => {
		const cache = new ExecutionCache<string, number>();
		let loads = 0;
		const load = async () => ++loads;
		const run = {};
		expect(await Promise.all([cache.get(run, 'a', load), cache.get(run, 'a', load)])).toEqual([
			1, 1,
		]);
		expect(await cache.get(run, 'b', load)).toBe(2);
		expect(await cache.get({}, 'a', load)).toBe(3);
		cache.forget(run, 'a');
		expect(await cache.get(run, 'a', load)).toBe(4);
	});

	it('does not keep a failed load: the next call loads again', async () => {
		const cache = new ExecutionCache<string, string>();
		const run = {};
		await expect(
			cache.get(run, 'a', async () => Promise.reject(new Error('down'))),
		).rejects.toThrow('down');
		expect(await cache.get(run, 'a', async () => 'up')).toBe('up');
	});
});
