import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { seedConversation } from '../../../../helpers/seed';

const ctx = useSimulator();
const byUuid = (uuid: string) => ({ __rl: true, mode: 'id', value: uuid });
const run = async (parameters: INodeParameters) =>
	await runNode(libredeskNode({ resource: 'message', operation: 'getAll', ...parameters }), [{ json: {} }], credentialsFor(ctx.sim));

describe('Message → Get Many with Download Attachments', () => {
	it('gives each message its own files; messages without files get none', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		await runNode(
			libredeskNode({ resource: 'message', operation: 'sendReply', conversationId: byUuid(uuid), content: 'Here it is', additionalFields: { binaryPropertyNames: 'a, b' } }),
			[{ json: {}, binary: { a: { data: Buffer.from('first').toString('base64'), mimeType: 'text/plain', fileName: 'a.txt' }, b: { data: Buffer.from('{}').toString('base64'), mimeType: 'application/json', fileName: 'b.json' } } }],
			credentialsFor(ctx.sim),
		);
		const items = await run({ conversationId: byUuid(uuid), returnAll: true, downloadAttachments: true });
		expect(items.map((item) => item.binary && Object.keys(item.binary))).toEqual([['attachment_0', 'attachment_1'], undefined]);
		expect(items[0].binary?.attachment_1).toMatchObject({ fileName: 'b.json', mimeType: 'application/json' });
		expect(Buffer.from(items[0].binary!.attachment_0.data, 'base64').toString()).toBe('first');
		expect(items.every((item) => item.pairedItem)).toBe(true);
	});
});
