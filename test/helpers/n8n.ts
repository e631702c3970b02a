/**
 * Runs the Libredesk node through n8n's own code: a real `Workflow` (expressions resolved by
 * n8n-workflow), n8n-core's `ExecuteContext` / `LoadOptionsContext` / `RoutingNode`, and requests
 * sent by n8n-core's `httpRequestWithAuthentication`. The only piece supplied here is the
 * credentials helper, which in n8n lives in the CLI package; it applies the credential's
 * `authenticate` block the way n8n's CredentialsHelper does (expressions against $credentials).
 */
import { ExecuteContext, LoadOptionsContext, RoutingNode } from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	createEmptyRunExecutionData,
} from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentials,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRequestOptionsSimplified,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { LibredeskApi } from '../../credentials/LibredeskApi.credentials';
import { Libredesk } from '../../nodes/Libredesk/Libredesk.node';
import { LibredeskTrigger } from '../../nodes/LibredeskTrigger/LibredeskTrigger.node';

export interface LibredeskCredentialData extends ICredentialDataDecryptedObject {
	baseUrl: string;
	apiKey: string;
	apiSecret: string;
	allowUnauthorizedCerts: boolean;
}

const credentialType: ICredentialType = new LibredeskApi();

class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		if (typeName !== credentialType.name) throw new Error(`Unknown credential type ${typeName}`);
		const authenticate = credentialType.authenticate;
		if (!authenticate || typeof authenticate !== 'object' || authenticate.type !== 'generic') {
			throw new Error('The Libredesk credential must use a generic authenticate block');
		}
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=') && workflow && node
				? workflow.expression.getSimpleParameterValue(
						node,
						value,
						'internal',
						{ $credentials: credentials },
						undefined,
						'',
					)
				: value;
		const options = requestOptions as unknown as Record<string, Record<string, unknown>>;
		for (const [outerKey, inner] of Object.entries(authenticate.properties)) {
			options[outerKey] ??= {};
			for (const [key, value] of Object.entries(inner as Record<string, unknown>)) {
				options[outerKey][resolve(key) as string] = resolve(value);
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	async preAuthentication(
		_helpers: IHttpRequestHelper,
		_credentials: ICredentialDataDecryptedObject,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by the Libredesk node');
	}

	async getDecrypted(): Promise<ICredentialDataDecryptedObject> {
		return { ...this.data };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(): INodeProperties[] {
		return credentialType.properties;
	}
}

class TestNodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType>) {}

	getByName(name: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(name);
	}

	getByNameAndVersion(name: string): INodeType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}

export function additionalData(
	credentials: ICredentialDataDecryptedObject,
	overrides: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	return {
		...overrides,
		credentialsHelper: new TestCredentialsHelper(credentials),
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		variables: {},
		...overrides,
	} as unknown as IWorkflowExecuteAdditionalData;
}

export const NODE_TYPE = 'n8n-nodes-libredesk.libredesk';
export const TRIGGER_TYPE = 'n8n-nodes-libredesk.libredeskTrigger';

export function nodeTypes(): INodeTypes {
	return new TestNodeTypes({
		[NODE_TYPE]: new Libredesk(),
		[TRIGGER_TYPE]: new LibredeskTrigger(),
	});
}

/** A node as saved in a workflow: parameters get their defaults filled in as the editor would. */
export function libredeskNode(parameters: INodeParameters, settings: Partial<INode> = {}): INode {
	const nodeType = new Libredesk();
	const withDefaults =
		NodeHelpers.getNodeParameters(
			nodeType.description.properties,
			parameters,
			true,
			false,
			null,
			nodeType.description,
		) ?? {};
	return {
		id: 'libredesk-node',
		name: 'Libredesk',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: withDefaults,
		credentials: { libredeskApi: { id: 'cred-1', name: 'Libredesk account' } },
		...settings,
	};
}

function workflowFor(node: INode): Workflow {
	return new Workflow({
		id: 'test-workflow',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypes(),
	});
}

/** Executes the node once for the given input items, as n8n's engine would. */
export async function runNode(
	node: INode,
	items: INodeExecutionData[],
	credentials: LibredeskCredentialData,
	mode: WorkflowExecuteMode = 'manual',
): Promise<INodeExecutionData[]> {
	const workflow = workflowFor(node);
	const inputData = { main: [items] };
	const executeData: IExecuteData = {
		node,
		data: inputData,
		source: { main: [{ previousNode: 'Start' }] },
	};
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData(credentials),
		mode,
		createEmptyRunExecutionData(),
		0,
		items,
		inputData,
		executeData,
		[],
	);
	const output = await new Libredesk().execute.call(context);
	return output[0];
}

function loadOptionsContext(node: INode, credentials: LibredeskCredentialData): LoadOptionsContext {
	return new LoadOptionsContext(workflowFor(node), node, additionalData(credentials), '');
}

export async function listSearch(
	method: keyof Libredesk['methods']['listSearch'],
	credentials: LibredeskCredentialData,
	filter?: string,
) {
	const node = libredeskNode({ resource: 'conversation', operation: 'create' });
	return await new Libredesk().methods.listSearch[method].call(
		loadOptionsContext(node, credentials),
		filter,
	);
}

export async function loadOptions(
	method: keyof Libredesk['methods']['loadOptions'],
	credentials: LibredeskCredentialData,
) {
	const node = libredeskNode({ resource: 'conversation', operation: 'create' });
	return await new Libredesk().methods.loadOptions[method].call(
		loadOptionsContext(node, credentials),
	);
}

/**
 * The credential test as n8n's CredentialsTester.runRequestTest runs it: the credential's `test`
 * request becomes the routing of a temporary node, executed by n8n-core's RoutingNode, and the
 * test's `rules` are applied to the outcome.
 */
export async function testCredential(
	credentials: LibredeskCredentialData,
): Promise<{ status: 'OK' | 'Error'; message: string }> {
	const testRequest = credentialType.test as ICredentialTestRequest;
	const tempType: INodeType = {
		description: {
			...new Libredesk().description,
			name: 'credentialTestNode',
			credentials: [{ name: credentialType.name, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: testRequest.request },
					default: '',
				},
			],
		},
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'credentialTestNode',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: {
			[credentialType.name]: { id: 'cred-1', name: 'Libredesk account' } as INodeCredentialsDetails,
		},
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new TestNodeTypes({ credentialTestNode: tempType }),
	});
	const inputData = { main: [[{ json: {} }]] };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData(credentials),
		'internal',
		createEmptyRunExecutionData(),
		0,
		[],
		inputData,
		{ node, data: {}, source: null },
		[],
	);
	const routingNode = new RoutingNode(context, tempType, {
		id: 'cred-1',
		name: 'Libredesk account',
		type: credentialType.name,
		data: credentials,
	});
	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await routingNode.runNode();
	} catch (error) {
		const cause = (
			error as { cause?: { response?: { status: number; statusText: string }; code?: string } }
		).cause;
		if (cause?.response) {
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === cause.response.status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			return {
				status: 'Error',
				message: cause.response.statusText || `Received HTTP status code: ${cause.response.status}`,
			};
		}
		if (cause?.code) return { status: 'Error', message: cause.code };
		return { status: 'Error', message: String((error as Error).message) };
	}
	for (const rule of testRequest.rules ?? []) {
		if (rule.type === 'responseSuccessBody') {
			const json = response?.[0]?.[0]?.json ?? {};
			if (json[rule.properties.key] === rule.properties.value)
				return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
