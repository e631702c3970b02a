/**
 * The credential is read from n8n once per execution of the node and handed to n8n's request
 * helper, which then does not read it again: counted at n8n's credentials helper.
 */
import { ExecuteContext } from 'n8n-core';
import { Workflow, createEmptyRunExecutionData } from 'n8n-workflow';
import type { INodeExecutionData } from 'n8n-workflow';

import { Libredesk } from '../../../../nodes/Libredesk/Libredesk.node';
import { credentialSecrets } from '../../../../nodes/Libredesk/transport/credentials';
import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { additionalData, libredeskNode, nodeTypes } from '../../../helpers/n8n';

const ctx = useSimulator();

function context(items: INodeExecutionData[], parallel: number) {
	const node = libredeskNode({
		resource: 'conversation',
		operation: 'create',
		inboxId: { __rl: true, mode: 'id', value: '1' },
		contactEmail: '={{ $json.email }}',
		firstName: 'Once',
		content: 'Hello',
		requestsInParallel: parallel,
	});
	const data = additionalData(credentialsFor(ctx.sim));
	const workflow = new Workflow({
		id: 'credentials-once',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypes(),
	});
	const inputData = { main: [items] };
	const execute = new ExecuteContext(
		workflow,
		node,
		data,
		'manual',
		createEmptyRunExecutionData(),
		0,
		items,
		inputData,
		{ node, data: inputData, source: null },
		[],
	);
	return { execute, reads: jest.spyOn(data.credentialsHelper, 'getDecrypted') };
}

const items = (count: number) =>
	Array.from({ length: count }, (_, n) => ({ json: { email: `once${n}@example.com` } }));

it.each([1, 4])('reads the credential once for 6 requests (%p in parallel)', async (parallel) => {
	ctx.sim.clearRequests();
	const { execute, reads } = context(items(6), parallel);
	const output = await new Libredesk().execute.call(execute);

	expect(output[0]).toHaveLength(6);
	expect(requestsTo(ctx.sim, 'POST', '/api/v1/conversations')).toHaveLength(6);
	expect(reads).toHaveBeenCalledTimes(1);
	// n8n still applied the credential's Basic auth to every request.
	for (const request of ctx.sim.requests) expect(request.headers.authorization).toMatch(/^Basic /);
});

it('reads it again in the next execution (a changed credential is picked up)', async () => {
	const first = context(items(1), 1);
	await new Libredesk().execute.call(first.execute);
	const second = context(items(1), 1);
	await new Libredesk().execute.call(second.execute);
	expect(first.reads).toHaveBeenCalledTimes(1);
	expect(second.reads).toHaveBeenCalledTimes(1);
});

describe('credentialSecrets', () => {
	it('lists the secret, the key and the Basic token made of both', () => {
		expect(credentialSecrets({ apiKey: 'key-1', apiSecret: 'secret-2' })).toEqual([
			'secret-2',
			'key-1',
			Buffer.from('key-1:secret-2').toString('base64'),
		]);
	});
});
