/* eslint-disable @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Runs the Libredesk Trigger through n8n-core's HookContext (activation lifecycle) and
 * WebhookContext (deliveries). `startReceiver` stands in for n8n's webhook HTTP layer: a real
 * loopback server that hands each request, with its raw body, to the node's webhook().
 */
import { HookContext, WebhookContext } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IWebhookData,
	WorkflowActivateMode,
} from 'n8n-workflow';
import { createServer } from 'http';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import { LibredeskTrigger } from '../../nodes/LibredeskTrigger/LibredeskTrigger.node';
import { sign } from '../../simulator/webhooks';
import { TRIGGER_TYPE, additionalData, nodeTypes } from './n8n';
import type { LibredeskCredentialData } from './n8n';

export interface TriggerRig {
	node: INode;
	workflow: Workflow;
	/** Where n8n would receive deliveries for this node (production). */
	webhookUrl: string;
	/** Where the editor's test registration ("manual" activation) receives them. */
	testWebhookUrl: string;
	/** Workflow data each accepted delivery produced, in order. */
	runs: INodeExecutionData[][];
	/** HTTP status the receiver answered each delivery with. */
	answers: number[];
	/** Every request as it arrived (raw body and headers), in order, e.g. to replay one. */
	received: Array<{ body: string; headers: IncomingMessage['headers'] }>;
	hook(
		method: 'checkExists' | 'create' | 'delete',
		activation?: WorkflowActivateMode,
		isTest?: boolean,
	): Promise<boolean>;
	staticData(): IDataObject;
	close(): Promise<void>;
}

/** Another workflow or node than the default one (e.g. to see that two triggers stay apart). */
export interface RigIdentity {
	workflowId?: string;
	workflowName?: string;
	nodeId?: string;
	webhookId?: string;
}

export async function startTriggerRig(
	parameters: INodeParameters,
	credentials: LibredeskCredentialData,
	identity: RigIdentity = {},
): Promise<TriggerRig> {
	const trigger = new LibredeskTrigger();
	const node: INode = {
		id: identity.nodeId ?? 'trigger-node',
		name: 'Libredesk Trigger',
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId: identity.webhookId ?? 'b7f3c2d1-0000-4000-8000-000000000001',
		parameters,
		credentials: { libredeskApi: { id: 'cred-1', name: 'Libredesk account' } },
	};
	const workflow = new Workflow({
		id: identity.workflowId ?? 'wf-trigger-1',
		name: identity.workflowName ?? 'Triage',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes: nodeTypes(),
		staticData: {},
	});
	const runs: INodeExecutionData[][] = [];
	const answers: number[] = [];
	const received: TriggerRig['received'] = [];

	let origin = '';
	const webhookData = (isTest = false): IWebhookData =>
		({
			httpMethod: 'POST',
			node: node.name,
			path: 'webhook',
			webhookDescription: trigger.description.webhooks![0],
			workflowId: workflow.id,
			isTest,
		}) as unknown as IWebhookData;

	const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const rawBody = Buffer.concat(chunks);
			received.push({ body: rawBody.toString('utf8'), headers: req.headers });
			let body: unknown = {};
			try {
				body = JSON.parse(rawBody.toString('utf8'));
			} catch {
				body = {};
			}
			// The parts of express's request/response the node uses: headers, rawBody, status().send().
			const request = Object.assign(req, { rawBody, body, query: {}, params: {} });
			const response = Object.assign(res, {
				status(code: number) {
					res.statusCode = code;
					return response;
				},
				send(text: string) {
					answers.push(res.statusCode);
					res.end(text);
					return response;
				},
			});
			const context = new WebhookContext(
				workflow,
				node,
				additionalData(credentials, {
					httpRequest: request as never,
					httpResponse: response as never,
					webhookBaseUrl: `${origin}/webhook`,
				}),
				'webhook',
				webhookData(),
				[],
				null,
			);
			trigger.webhook.call(context).then(
				(result) => {
					if (result.noWebhookResponse) return;
					if (result.workflowData) runs.push(result.workflowData[0]);
					answers.push(200);
					// As n8n answers in responseMode onReceived: a fixed message, or the node's own text as it is.
					if (result.workflowData)
						res
							.writeHead(200, { 'Content-Type': 'application/json' })
							.end(JSON.stringify({ message: 'Workflow was started' }));
					else res.writeHead(200).end(String(result.webhookResponse));
				},
				(error: Error) => {
					answers.push(500);
					res.writeHead(500).end(error.message);
				},
			);
		});
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	return {
		node,
		workflow,
		webhookUrl: `${origin}/webhook/${node.webhookId}/webhook`,
		testWebhookUrl: `${origin}/webhook-test/${node.webhookId}/webhook`,
		runs,
		answers,
		received,
		/** As n8n calls them: "manual" for the editor's test registration, "update" when removing either. */
		async hook(method, activation = 'activate', isTest = activation === 'manual') {
			const urls = {
				webhookBaseUrl: `${origin}/webhook`,
				webhookTestBaseUrl: `${origin}/webhook-test`,
			};
			const context = new HookContext(
				workflow,
				node,
				additionalData(credentials, urls),
				'trigger',
				activation,
				webhookData(isTest),
			);
			return await trigger.webhookMethods.default[method].call(context);
		},
		staticData: () => workflow.staticData[`node:${node.name}`] as IDataObject,
		close: () => new Promise<void>((closed) => server.close(() => closed())),
	};
}

/** Sends the rig a delivery signed with its secret, stamped now; the receiver's status and text. */
export async function deliver(
	rig: TriggerRig,
	event: string,
	payload: IDataObject,
): Promise<{ status: number; text: string }> {
	const body = JSON.stringify({
		event,
		timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
		payload,
	});
	const response = await fetch(rig.webhookUrl, {
		method: 'POST',
		headers: { 'X-Libredesk-Signature': sign(rig.staticData().webhookSecret as string, body) },
		body,
	});
	return { status: response.status, text: await response.text() };
}
