/**
 * n8n-core's ExecuteContext for one Libredesk node, for tests that call a function of the node
 * directly (an endpoint, an operation's prepare or send) the way its execute() would, with
 * requests sent by n8n-core to the simulator.
 */
import { ExecuteContext } from 'n8n-core';
import { Workflow, createEmptyRunExecutionData } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { additionalData, libredeskNode, nodeTypes } from './n8n';
import type { LibredeskCredentialData } from './n8n';

export function executeContext(
	credentials: LibredeskCredentialData,
	parameters: INodeParameters = {},
	items: INodeExecutionData[] = [{ json: {} }],
	typeVersion = 1,
): IExecuteFunctions {
	const node = libredeskNode(parameters, { typeVersion });
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypes(),
	});
	const inputData = { main: [items] };
	return new ExecuteContext(
		workflow,
		node,
		additionalData(credentials),
		'manual',
		createEmptyRunExecutionData(),
		0,
		items,
		inputData,
		{ node, data: inputData, source: { main: [{ previousNode: 'Start' }] } },
		[],
	);
}

/** A context for code that only reads parameters: its credentials point nowhere and are never used. */
export function offlineContext(parameters: INodeParameters): IExecuteFunctions {
	return executeContext(
		{
			baseUrl: 'http://127.0.0.1:9',
			apiKey: 'unused',
			apiSecret: 'unused',
			allowUnauthorizedCerts: false,
		},
		parameters,
	);
}
