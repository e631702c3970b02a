/** Reading, deleting and switching one admin record, against the simulator. */
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { executeContext } from '../../../helpers/executeContext';
import {
	deleteAdminRecord,
	readAdminRecord,
	toggleAdminRecord,
} from '../../../../nodes/Libredesk/transport/adminRecords';

const ctx = useSimulator();
const context = () => executeContext(credentialsFor(ctx.sim));
const failure = async (promise: Promise<unknown>) =>
	(await promise.catch((caught: Error) => caught)) as Error & { description?: string };

beforeEach(() => ctx.sim.clearRequests());

describe('admin records', () => {
	it('reads one record at its path', async () => {
		const inbox = ctx.sim.state.inboxes[0];
		const read = await readAdminRecord.call(context(), {
			path: `/inboxes/${inbox.id}`,
			permission: 'inboxes:manage',
			itemIndex: 0,
		});
		expect(read).toMatchObject({ id: inbox.id, name: inbox.name });
		expect(requestsTo(ctx.sim, 'GET', `/api/v1/inboxes/${inbox.id}`)).toHaveLength(1);
	});

	it("a failed read gives the caller's hint", async () => {
		const error = await failure(
			readAdminRecord.call(context(), {
				path: '/inboxes/9999',
				permission: 'inboxes:manage',
				itemIndex: 0,
				hints: { 400: 'No such inbox: pick it from the list.' },
			}),
		);
		expect(error.description).toContain('No such inbox: pick it from the list.');
	});

	it('switches a record and returns it as it is afterwards', async () => {
		const inbox = ctx.sim.state.inboxes[0];
		const before = inbox.enabled;
		const toggled = await toggleAdminRecord.call(context(), {
			path: `/inboxes/${inbox.id}`,
			permission: 'inboxes:manage',
			itemIndex: 0,
		});
		expect(toggled.enabled).toBe(!before);
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/inboxes/${inbox.id}/toggle`)).toHaveLength(1);
	});

	it('deletes a record', async () => {
		ctx.sim.state.tags.push({ id: 77, name: 'gone', created_at: '', updated_at: '' });
		await deleteAdminRecord.call(context(), {
			path: '/tags/77',
			permission: 'tags:manage',
			itemIndex: 0,
		});
		expect(ctx.sim.state.tags.some((tag) => tag.id === 77)).toBe(false);
	});
});
