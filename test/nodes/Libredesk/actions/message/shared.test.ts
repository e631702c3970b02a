import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { OutputWithBinary } from '../../../../../nodes/Libredesk/actions/operationTypes';
import {
	messageOutput,
	messageRefFields,
	messageUuidField,
	readMessageRef,
} from '../../../../../nodes/Libredesk/actions/message/shared';
import { readMessage } from '../../../../../nodes/Libredesk/transport/endpoints';
import { checkerFor } from '../../../../helpers/bareNode';
import { executeContext } from '../../../../helpers/executeContext';
import { conversationWithFiles } from '../../../../helpers/files';
import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { seedConversation } from '../../../../helpers/seed';

const ctx = useSimulator();
const context = (parameters: INodeParameters = {}) =>
	executeContext(credentialsFor(ctx.sim), { resource: 'message', operation: 'get', ...parameters });

/** The first message of a new conversation, with note.txt attached, as Libredesk sends it. */
async function messageWithFile(): Promise<IDataObject> {
	const { conversation, message } = await conversationWithFiles(ctx.sim, [
		{ name: 'note.txt', type: 'text/plain', data: Buffer.from('call back') },
	]);
	return await readMessage.call(context(), conversation.uuid, message.uuid, 0);
}

beforeEach(() => ctx.sim.clearRequests());

describe('messageUuidField, messageRefFields', () => {
	it('pick the conversation and the message UUID in it, described for the operation', () => {
		expect(messageUuidField('The message to get')).toMatchObject({
			name: 'messageId',
			type: 'string',
			required: true,
			description: 'The message to get',
		});
		const [conversation, message] = messageRefFields('Its conversation', 'The message');
		expect([conversation.name, conversation.description]).toEqual([
			'conversationId',
			'Its conversation',
		]);
		expect([message.name, message.description]).toEqual(['messageId', 'The message']);
	});
});

describe('readMessageRef', () => {
	it('reads the conversation UUID and the message UUID', async () => {
		const { uuid } = await seedConversation(ctx.sim);
		const messageUuid = '7f1c2a9e-1b2c-4d3e-8f90-123456789abc';
		const at = context({
			conversationId: { __rl: true, mode: 'id', value: uuid },
			messageId: messageUuid,
		});
		expect(await readMessageRef.call(at, checkerFor(0), 0)).toEqual({ uuid, messageUuid });
	});

	it('checks the message UUID first: a bad one costs no reference look-up', async () => {
		const at = context({
			conversationId: { __rl: true, mode: 'reference', value: '#104' },
			messageId: '42',
		});
		await expect(readMessageRef.call(at, checkerFor(0), 0)).rejects.toThrow(
			'The "Message UUID" of item 0 is not a message UUID: "42"',
		);
		expect(ctx.sim.requests).toHaveLength(0);
	});
});

/** The read the message came from, which an error about its shape names. */
const READ = { method: 'GET' as const, endpoint: '/conversations/x/messages', itemIndex: 0 };

describe('messageOutput', () => {
	it('simplifies or not; without downloads it sends nothing', async () => {
		const message = await messageWithFile();
		ctx.sim.clearRequests();
		const simple = (await messageOutput.call(
			context(),
			READ,
			message,
			true,
			undefined,
		)) as IDataObject;
		expect(simple).toMatchObject({ uuid: message.uuid, author: 'Seed' });
		expect(simple).not.toHaveProperty('content');
		expect(await messageOutput.call(context(), READ, message, false, undefined)).toBe(message);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it('with downloads, the files come as binary properties named with the prefix', async () => {
		const message = await messageWithFile();
		const output = await messageOutput.call(context(), READ, message, true, {
			maxBytes: 1024,
			prefix: 'file_',
		});
		expect(output).toBeInstanceOf(OutputWithBinary);
		const { json, binary } = output as OutputWithBinary;
		expect(json.uuid).toBe(message.uuid);
		expect(Object.keys(binary)).toEqual(['file_0']);
		expect(binary.file_0).toMatchObject({ fileName: 'note.txt', mimeType: 'text/plain' });
		expect(Buffer.from(binary.file_0.data, 'base64').toString()).toBe('call back');
	});

	it('a file over the size limit is listed as skipped, and no binary is attached', async () => {
		const message = await messageWithFile();
		const output = await messageOutput.call(context(), READ, message, false, {
			maxBytes: 4,
			prefix: 'file_',
		});
		expect(output).not.toBeInstanceOf(OutputWithBinary);
		expect((output as IDataObject).skipped_attachments).toEqual([
			{ name: 'note.txt', size: 9, reason: 'larger than Max Attachment Size (4 bytes)' },
		]);
	});
});
