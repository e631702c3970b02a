/**
 * Runs the Libredesk node through n8n's own code: a real `Workflow` (expressions resolved by
 * n8n-workflow), n8n-core's `ExecuteContext` / `LoadOptionsContext` / `RoutingNode`, and requests
 * sent by n8n-core's `httpRequestWithAuthentication`.
 *
 * What n8n keeps in its CLI package (not in n8n-core or n8n-workflow, so not a dependency here) is
 * written out in this file, following the CLI's classes of the same job:
 * - the credentials helper (CredentialsHelper): one credential held in memory instead of a database
 *   row. Reading it uses n8n's own pieces: defaults from n8n-workflow's
 *   `NodeHelpers.getNodeParameters`, `$vars`/`$secrets`/`$execution` from n8n-core's
 *   `getAdditionalKeys`, and expressions resolved by the workflow's `Expression`. Applying the
 *   credential's `authenticate` block is our loop: neither package has a function for it (each
 *   expression in it is still resolved by n8n-workflow). n8n-core's `Credentials` class is not
 *   used: it is the encrypted database form, which needs the CLI's encryption-key provider, and
 *   n8n-core never asks the helper for it (getCredentials).
 * - the node and credential type registries (NodeTypes, CredentialTypes): two nodes and one
 *   credential built from the sources; n8n-core's loaders read the built package in dist/.
 * - the `additionalData` base (WorkflowExecuteAdditionalData) and the choice of the credential
 *   test function (CredentialsTester.getCredentialTestFunction).
 */
import {
	CredentialTestContext,
	ExecuteContext,
	LoadOptionsContext,
	getAdditionalKeys,
} from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	createEmptyRunExecutionData,
	isExpression,
} from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialsExpressionResolveValues,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeCredentialTestResult,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRequestOptionsSimplified,
	IVersionedNodeType,
	IWorkflowDataProxyAdditionalKeys,
	IWorkflowExecuteAdditionalData,
	NodeExecutionHint,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { LibredeskApi } from '../../credentials/LibredeskApi.credentials';
import { Libredesk } from '../../nodes/Libredesk/Libredesk.node';
import { LibredeskPollTrigger } from '../../nodes/LibredeskPollTrigger/LibredeskPollTrigger.node';
import { LibredeskTrigger } from '../../nodes/LibredeskTrigger/LibredeskTrigger.node';

export interface LibredeskCredentialData extends ICredentialDataDecryptedObject {
	baseUrl: string;
	apiKey: string;
	apiSecret: string;
	allowUnauthorizedCerts: boolean;
}

const credentialType: ICredentialType = new LibredeskApi();

function credentialTypeNamed(typeName: string): ICredentialType {
	if (typeName !== credentialType.name) throw new Error(`Unknown credential type ${typeName}`);
	return credentialType;
}

/** A node with no parameters yet, as n8n makes for its own use. */
function emptyNode(id: string, name: string, type: string): INode {
	return { id, name, type, typeVersion: 1, position: [0, 0], parameters: {} };
}

/** Stands in for the node when a credential is read outside a node's run, as in n8n. */
const credentialResolverNode = emptyNode('credential-resolver', '', 'mock');

class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly stored: ICredentialDataDecryptedObject) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	/** Each key and value of a generic block is an expression against `$credentials`. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = credentialTypeNamed(typeName);
		if (!authenticate || typeof authenticate !== 'object' || authenticate.type !== 'generic') {
			throw new Error('The Libredesk credential must use a generic authenticate block');
		}
		if (!workflow || !node) throw new Error('n8n-core passes the workflow and node');
		const resolve = (value: string): string => {
			if (!isExpression(value)) return value;
			const resolved = workflow.expression.getSimpleParameterValue(
				node,
				value,
				'internal',
				{ $credentials: credentials },
				undefined,
				'',
			);
			return resolved ? String(resolved) : '';
		};
		const options = requestOptions as unknown as Record<string, Record<string, string>>;
		options.headers ??= {};
		for (const [outerKey, inner] of Object.entries(authenticate.properties)) {
			options[outerKey] ??= {};
			for (const [key, value] of Object.entries(inner as Record<string, string>)) {
				options[outerKey][resolve(key)] = resolve(value);
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by n8n-core');
	}

	/** As n8n reads a credential: the type's defaults filled in, then its expressions resolved. */
	async getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		raw?: boolean,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		if (raw) return { ...this.stored };
		const data = NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			this.stored as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
		const keys = getAdditionalKeys(additionalData, mode, null, { isCredential: true });
		return expressionResolveValues
			? resolveInRun(data, mode, keys, expressionResolveValues, executeData)
			: resolveOutsideRun(data, mode, keys);
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypeNamed(type).properties;
	}
}

function resolveInRun(
	data: ICredentialDataDecryptedObject,
	mode: WorkflowExecuteMode,
	keys: IWorkflowDataProxyAdditionalKeys,
	run: ICredentialsExpressionResolveValues,
	executeData?: IExecuteData,
): ICredentialDataDecryptedObject {
	return run.workflow.expression.getParameterValue(
		data as INodeParameters,
		run.runExecutionData,
		run.runIndex,
		run.itemIndex,
		run.node.name,
		run.connectionInputData,
		mode,
		keys,
		executeData,
		false,
		data,
	) as ICredentialDataDecryptedObject;
}

function resolveOutsideRun(
	data: ICredentialDataDecryptedObject,
	mode: WorkflowExecuteMode,
	keys: IWorkflowDataProxyAdditionalKeys,
): ICredentialDataDecryptedObject {
	const workflow = new Workflow({
		nodes: [],
		connections: {},
		active: false,
		nodeTypes: nodeTypes(),
	});
	return workflow.expression.getComplexParameterValue(
		credentialResolverNode,
		data as INodeParameters,
		mode,
		keys,
		undefined,
		undefined,
		data,
	) as ICredentialDataDecryptedObject;
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
export const POLL_TRIGGER_TYPE = 'n8n-nodes-libredesk.libredeskPollTrigger';

export function nodeTypes(): INodeTypes {
	return new TestNodeTypes({
		[NODE_TYPE]: new Libredesk(),
		[TRIGGER_TYPE]: new LibredeskTrigger(),
		[POLL_TRIGGER_TYPE]: new LibredeskPollTrigger(),
	});
}

/** A node as saved in a workflow: parameters get their defaults filled in as the editor would. */
export function libredeskNode(parameters: INodeParameters, settings: Partial<INode> = {}): INode {
	const nodeType = new Libredesk();
	const node: INode = {
		...emptyNode('libredesk-node', 'Libredesk', NODE_TYPE),
		credentials: { libredeskApi: { id: 'cred-1', name: 'Libredesk account' } },
		...settings,
	};
	// The node is passed so that settings shown only for some versions (`@version`) get their defaults.
	const withDefaults =
		NodeHelpers.getNodeParameters(
			nodeType.description.properties,
			parameters,
			true,
			false,
			node,
			nodeType.description,
		) ?? {};
	return { ...node, parameters: withDefaults };
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
	return (await runNodeWithHints(node, items, credentials, mode)).output;
}

/** runNode, also returning the hints the node added for the output pane. */
export async function runNodeWithHints(
	node: INode,
	items: INodeExecutionData[],
	credentials: LibredeskCredentialData,
	mode: WorkflowExecuteMode = 'manual',
): Promise<{ output: INodeExecutionData[]; hints: NodeExecutionHint[] }> {
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
	return { output: output[0], hints: context.hints };
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

/** A resource mapper's fields as the editor loads them, for a node with these parameters. */
export async function resourceMapping(
	method: keyof Libredesk['methods']['resourceMapping'],
	credentials: LibredeskCredentialData,
	parameters: INodeParameters,
) {
	const node = libredeskNode(parameters, { typeVersion: 1.2 });
	return await new Libredesk().methods.resourceMapping[method].call(
		loadOptionsContext(node, credentials),
	);
}

/**
 * The credential test as n8n's CredentialsTester runs it: a credential without its own `test` is
 * tested by the function a node names in `testedBy` (here both nodes name the same one), called
 * on n8n-core's CredentialTestContext, whose `helpers.request` sends the request.
 */
export async function testCredential(
	credentials: LibredeskCredentialData,
): Promise<INodeCredentialTestResult> {
	if (credentialType.test) throw new Error("n8n would run the credential's own test instead");
	const node = new Libredesk();
	const entry = node.description.credentials?.find(({ name }) => name === credentialType.name);
	const testedBy = entry?.testedBy;
	if (typeof testedBy !== 'string') throw new Error('the node names no credential test function');
	const test =
		node.methods.credentialTest[testedBy as keyof Libredesk['methods']['credentialTest']];
	return await test.call(new CredentialTestContext(), {
		id: 'cred-1',
		name: 'Libredesk account',
		type: credentialType.name,
		data: credentials,
	});
}

/** A node's canvas subtitle as the editor resolves it for these parameters. */
export function resolvedSubtitle(type: string, parameters: INodeParameters): unknown {
	const nodeType = nodeTypes().getByNameAndVersion(type) as INodeType;
	const node = { ...emptyNode('n', 'Subtitled', type), parameters };
	const workflow = new Workflow({
		id: 'w',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypes(),
	});
	return workflow.expression.getSimpleParameterValue(
		node,
		nodeType.description.subtitle!,
		'internal',
		{},
	);
}
