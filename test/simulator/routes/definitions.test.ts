/** Pinned against Libredesk v2.7.0 (answers seen on the live server). */
import { useSimulator } from '../../helpers/fixtures';
import { call } from '../../helpers/rawCall';

const ctx = useSimulator();

describe('tags, custom attribute definitions, contact note delete', () => {
	it('answers as Libredesk does', async () => {
		expect(
			(await call(ctx.sim, 'POST', '/api/v1/tags', { name: 'features-probe-new' })).json.data,
		).toMatchObject({ name: 'features-probe-new' });
		expect(
			await call(ctx.sim, 'POST', '/api/v1/tags', { name: 'features-probe-new' }),
		).toMatchObject({
			status: 409,
			json: { message: 'Tag already exists', error_type: 'ConflictException' },
		});
		expect(
			(await call(ctx.sim, 'GET', '/api/v1/custom-attributes?applies_to=contact')).json.data,
		).toEqual([expect.objectContaining({ key: 'crm_id', applies_to: 'contact' })]);
		// An Admin's delete of a note that does not exist succeeds.
		expect((await call(ctx.sim, 'DELETE', '/api/v1/contacts/98/notes/999999')).json).toEqual({
			status: 'success',
			data: true,
		});
	});
});
