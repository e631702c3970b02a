/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/** The example workflows in examples/, and the credential they refer to. */
import { readFileSync } from 'fs';
import { join } from 'path';

import { REPO_ROOT } from './runtime';

export interface WorkflowNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	[key: string]: unknown;
}

export interface Workflow {
	id: string;
	name: string;
	nodes: WorkflowNode[];
	[key: string]: unknown;
}

export const EXAMPLES = {
	manual: 'create-conversations-manual.json',
	webhook: 'webhook-form-to-conversation.json',
	schedule: 'scheduled-conversation.json',
	helpdesk: 'helpdesk-flow.json',
	trigger: 'trigger-new-conversation.json',
	noLoss: 'no-loss-triggers.json',
} as const;

/** The credential every example uses (id and name as saved in the example files). */
export const EXAMPLE_CREDENTIAL = { id: 'libredeskCred01', name: 'Libredesk account' };

export function loadExample(name: keyof typeof EXAMPLES): Workflow {
	return JSON.parse(readFileSync(join(REPO_ROOT, 'examples', EXAMPLES[name]), 'utf8')) as Workflow;
}

/** A copy with a new ID and name, and changes to one node's parameters. */
export function variant(
	workflow: Workflow,
	id: string,
	nodeName: string,
	parameters: Record<string, unknown>,
): Workflow {
	const copy = JSON.parse(JSON.stringify(workflow)) as Workflow;
	copy.id = id;
	if (id !== workflow.id) copy.name = `${workflow.name} (${id})`;
	const node = copy.nodes.find((candidate) => candidate.name === nodeName);
	if (!node) throw new Error(`no node "${nodeName}" in ${workflow.id}`);
	node.parameters = { ...node.parameters, ...parameters };
	return copy;
}

export interface LibredeskTarget {
	baseUrl: string;
	apiKey: string;
	apiSecret: string;
	allowUnauthorizedCerts?: boolean;
}

export function libredeskCredential(
	target: LibredeskTarget,
	id = EXAMPLE_CREDENTIAL.id,
	name = EXAMPLE_CREDENTIAL.name,
) {
	return {
		id,
		name,
		type: 'libredeskApi',
		data: {
			baseUrl: target.baseUrl,
			apiKey: target.apiKey,
			apiSecret: target.apiSecret,
			allowUnauthorizedCerts: target.allowUnauthorizedCerts ?? false,
		},
	};
}
