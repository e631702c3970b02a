/**
 * Sends a failed reply again (Libredesk sets it back to pending). Libredesk allows it only for
 * the API key's own failed agent replies, and answers anything else with a bare "Bad request",
 * so the node reads the message first and says which condition is not met.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ExecutionCache } from '../../helpers/executionCache';
import { InputChecker } from '../../helpers/validation';
import { libredeskApiRequest, libredeskRecord, readMessage } from '../../transport';
import { messageRefFields, readMessageRef } from './shared';
import type { MessageRef } from './shared';

export const description: INodeProperties[] = messageRefFields(
	'The conversation the failed reply belongs to',
	'The `uuid` of the failed reply, e.g. from the Trigger\'s "Message Updated" event with status "failed"',
);

/** The API key's own agent, read once per execution however many items retry a reply. */
const ownAgent = new ExecutionCache<'/agents/me', number>();

async function currentAgentId(this: IExecuteFunctions, itemIndex: number): Promise<number> {
	return await ownAgent.get(this, '/agents/me', async () =>
		Number(
			(await libredeskRecord.call(this, { method: 'GET', endpoint: '/agents/me', itemIndex })).id,
		),
	);
}

/** Libredesk's conditions for a retry, checked with reads while the item is prepared. */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<MessageRef> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const request = await readMessageRef.call(this, check, itemIndex);
	const message = await readMessage.call(this, request.uuid, request.messageUuid, itemIndex);
	if (message.sender_type !== 'agent' || message.private === true) {
		throw check.fail(
			'Message UUID',
			'names a message that is not a reply from an agent',
			'Only failed agent replies can be sent again.',
		);
	}
	if (message.status !== 'failed') {
		throw check.fail(
			'Message UUID',
			`names a reply whose status is "${String(message.status)}", not "failed"`,
			'Only failed replies can be sent again; a pending one is still being sent.',
		);
	}
	if (Number(message.sender_id) !== (await currentAgentId.call(this, itemIndex))) {
		throw check.fail(
			'Message UUID',
			'names a reply another agent wrote',
			"Libredesk lets only the reply's author retry it: use a credential with that agent's API key.",
		);
	}
	return request;
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: MessageRef,
): Promise<IDataObject> {
	await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: `/conversations/${request.uuid}/messages/${request.messageUuid}/retry`,
		itemIndex,
		permission: 'messages:write',
	});
	return await readMessage.call(this, request.uuid, request.messageUuid, itemIndex);
}
