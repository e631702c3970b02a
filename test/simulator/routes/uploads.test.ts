import { useSimulator } from '../../helpers/fixtures';
import { tokenFor } from '../../helpers/rawCall';

const ctx = useSimulator();

describe('GET /uploads/{uuid}', () => {
	it('serves the file to an API key or a signed URL, with its type and name; 401 otherwise', async () => {
		const form = new FormData();
		form.append(
			'files',
			new Blob([Buffer.from('hello file')], { type: 'text/plain' }),
			'probe.txt',
		);
		const media = (
			(await (
				await fetch(`${ctx.sim.url}/api/v1/media`, {
					method: 'POST',
					headers: { Authorization: tokenFor() },
					body: form,
				})
			).json()) as { data: { uuid: string; url: string } }
		).data;
		const withKey = await fetch(`${ctx.sim.url}/uploads/${media.uuid}`, {
			headers: { Authorization: tokenFor() },
		});
		expect(withKey.status).toBe(200);
		expect(withKey.headers.get('content-type')).toBe('text/plain');
		expect(withKey.headers.get('content-disposition')).toBe('attachment; filename="probe.txt"');
		expect(await withKey.text()).toBe('hello file');
		expect((await fetch(media.url)).status).toBe(200);
		expect((await fetch(`${ctx.sim.url}/uploads/${media.uuid}`)).status).toBe(401);
	});
});
