/** A change followed by a failed read: the error keeps the read's cause and says the change was made. */
import { NodeOperationError } from 'n8n-workflow';

import { readAfterChange } from '../../../../../nodes/Libredesk/actions/shared/readBack';
import { executeContext } from '../../../../helpers/executeContext';
import { credentialsFor } from '../../../../helpers/fixtures';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation } from '../../../../helpers/seed';

const { ctx, run, storedConversation } = useResourceRig('conversation');

describe('readAfterChange', () => {
	it('an Update Status whose read-back fails says the status was set, with the read’s own error', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		ctx.sim.injectFault({
			kind: 'status',
			status: 404,
			match: new RegExp(`^GET /api/v1/conversations/${uuid}$`),
		});
		const error = (await run({
			operation: 'updateStatus',
			conversationId: byUuid(uuid),
			status: 'Resolved',
		}).catch((caught: Error) => caught)) as Error & { description?: string; httpCode?: string };
		expect(error.message).toMatch(
			new RegExp(
				`^Libredesk set the status of conversation ${uuid} to Resolved, but reading it back failed: Libredesk: .*\\(HTTP 404`,
			),
		);
		expect(error.httpCode).toBe('404');
		expect(error.description).toMatch(/^Libredesk set the status .* already: look in Libredesk/);
		expect(storedConversation(uuid).status).toBe('Resolved');
	});

	it('turns any other error into n8n’s, with the same words', async () => {
		const context = executeContext(credentialsFor(ctx.sim), { resource: 'conversation' });
		const failure = readAfterChange.call(context, 'Changed', async () => {
			throw new Error('boom');
		});
		await expect(failure).rejects.toBeInstanceOf(NodeOperationError);
		await expect(failure).rejects.toThrow('Changed, but reading it back failed: boom');
	});
});
