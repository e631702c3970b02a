import type { INodeParameterResourceLocator } from 'n8n-workflow';

import { oneCallOperation } from '../../../../../nodes/Libredesk/actions/conversation/oneCall';
import { executeContext } from '../../../../helpers/executeContext';
import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { seedConversation } from '../../../../helpers/seed';

const ctx = useSimulator();
/** One call that reads the conversation and outputs its subject (the call and output are the caller's). */
const subjectOf = oneCallOperation(
	'The conversation whose subject to get',
	(uuid) => ({
		method: 'GET',
		endpoint: `/conversations/${uuid}`,
		permission: 'conversations:read',
	}),
	(uuid, answer) => ({ uuid, subject: answer.record().subject as string }),
);
const context = (conversationId: INodeParameterResourceLocator) =>
	executeContext(credentialsFor(ctx.sim), {
		resource: 'conversation',
		operation: 'markUnread',
		conversationId,
	});

beforeEach(() => ctx.sim.clearRequests());

describe('oneCallOperation', () => {
	it('shows the conversation picker, described for the operation', () => {
		expect(subjectOf.description).toHaveLength(1);
		expect(subjectOf.description[0]).toMatchObject({
			name: 'conversationId',
			description: 'The conversation whose subject to get',
		});
	});

	it('prepares the UUID (a reference number is looked up), then makes the call and shapes its answer', async () => {
		const seeded = await seedConversation(ctx.sim, { subject: 'One call' });
		ctx.sim.clearRequests();
		const at = context({ __rl: true, mode: 'reference', value: `#${seeded.reference_number}` });
		const prepared = await subjectOf.prepare.call(at, 0);
		expect(prepared).toEqual({ uuid: seeded.uuid });
		expect(await subjectOf.send.call(at, 0, prepared)).toEqual({
			uuid: seeded.uuid,
			subject: `One call - #${seeded.reference_number}`,
		});
		expect(ctx.sim.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /api/v1/conversations/search',
			`GET /api/v1/conversations/${seeded.uuid}`,
		]);
	});

	it('refuses a malformed UUID while preparing, before any request', async () => {
		await expect(
			subjectOf.prepare.call(context({ __rl: true, mode: 'id', value: '104' }), 0),
		).rejects.toThrow('The "Conversation" of item 0 is not a conversation UUID: "104"');
		expect(ctx.sim.requests).toHaveLength(0);
	});
});
