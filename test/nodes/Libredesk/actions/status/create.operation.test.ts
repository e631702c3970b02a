import { requestsTo } from '../../../../helpers/fixtures';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run, runAs, writes } = useResourceRig('status', { operation: 'create' });

describe('Status → Create', () => {
	it('creates a status with its category and outputs it', async () => {
		const [output] = await run({ name: ' On Hold ', category: 'waiting' });
		expect(output.json).toMatchObject({
			id: expect.any(Number),
			name: 'On Hold',
			category: 'waiting',
		});
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/statuses')[0].json).toEqual({
			name: 'On Hold',
			category: 'waiting',
		});
	});

	it('refuses an empty, too long (bytes, as Libredesk counts) or taken name before sending', async () => {
		await expect(run({ name: ' ', category: 'open' })).rejects.toThrow(
			'The "Name" of item 0 is empty',
		);
		// 13 characters, 26 bytes: Libredesk's limit is 25 bytes.
		await expect(run({ name: 'ééééééééééééé', category: 'open' })).rejects.toThrow(
			'The "Name" of item 0 is 26 bytes long',
		);
		await expect(run({ name: 'Snoozed', category: 'open' })).rejects.toThrow(
			/The "Name" of item 0 is "Snoozed", which status 2 already has/,
		);
		await expect(run({ name: 'Fine', category: 'closed' })).rejects.toThrow(
			'The "Category" of item 0 is "closed"',
		);
		expect(writes()).toHaveLength(0);
	});

	it("without status:manage: Libredesk's 403 names the permission", async () => {
		const error = await runAs('agent', { name: 'Never', category: 'open' }).catch(
			(caught) => caught,
		);
		expect(error.message).toBe('Libredesk: Permission denied (HTTP 403, PermissionException)');
		expect(error.description).toMatch(/status:manage/);
	});

	it('is never sent twice when the answer is lost', async () => {
		ctx.sim.injectFault({ match: /^POST \/api\/v1\/statuses$/, kind: 'drop' });
		const error = await run({ name: 'Lost', category: 'open' }).catch((caught) => caught);
		expect(requestsTo(ctx.sim, 'POST', '/api/v1/statuses')).toHaveLength(1);
		expect(error.description).toMatch(/The status "Lost" may have been created/);
	});
});
