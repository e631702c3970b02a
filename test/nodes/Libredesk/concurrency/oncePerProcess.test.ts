/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
import { oncePerProcess } from '../../../../nodes/Libredesk/concurrency/oncePerProcess';

const tick = () => new Promise((done) => setTimeout(done, 1));

describe('oncePerProcess', () => {
	it('runs tasks one at a time, in the order they were queued', async () => {
		const log: string[] = [];
		const task = (name: string) => async () => {
			log.push(`${name} start`);
			await tick();
			log.push(`${name} end`);
			return name;
		};
		expect(await Promise.all([oncePerProcess(task('a')), oncePerProcess(task('b'))])).toEqual([
			'a',
			'b',
		]);
		expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
	});

	it('goes on after a task that failed, and gives the failure to its caller', async () => {
		const failed = oncePerProcess(async () => {
			throw new Error('store down');
		});
		const next = oncePerProcess(async () => 'next');
		await expect(failed).rejects.toThrow('store down');
		expect(await next).toBe('next');
	});
});
