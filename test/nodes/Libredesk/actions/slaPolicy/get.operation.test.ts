import { byId, useResourceRig } from '../../../../helpers/resourceRig';

const { runJson, runAs, ctx } = useResourceRig('slaPolicy', { operation: 'get' });

describe('SLA Policy → Get', () => {
	it('gets an SLA policy', async () => {
		expect(await runJson({ slaPolicy: byId(1) })).toEqual([
			expect.objectContaining({ id: 1, name: 'Standard', notifications: [] }),
		]);
	});

	it('keeps Libredesk\'s 404 "SLA not found", and refuses a bad ID before sending', async () => {
		const error = await runJson({ slaPolicy: byId(999) }).catch((caught) => caught);
		expect(error.message).toBe('Libredesk: SLA not found (HTTP 404, NotFoundException)');
		expect(error.description).toMatch(/no SLA policy with this ID/);
		ctx.sim.clearRequests();
		await expect(runJson({ slaPolicy: byId('-1') })).rejects.toThrow(
			'The "SLA Policy" of item 0 is not a positive whole number',
		);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('needs sla:manage', async () => {
		const error = await runAs('agent', { slaPolicy: byId(1) }).catch((caught) => caught);
		expect(error.description).toMatch(/sla:manage/);
	});
});
