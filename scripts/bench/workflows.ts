/**
 * The benchmark's workflows: a production webhook receives `{ items: [...] }`, Split Out makes
 * them n8n items, and one node does the work: the Libredesk node, n8n's HTTP Request node with
 * the Libredesk API credential (both at their defaults unless told), or nothing (the baseline
 * whose CPU is subtracted).
 */
import type { Workflow, WorkflowNode } from '../lib/workflows';

export const BENCH_CREDENTIAL = { id: 'libredeskBench1', name: 'Libredesk bench' };
export const WORK_NODE = 'Work';

/** What each bench item carries; the work node maps these fields into a create. */
export interface BenchItem {
	email: string;
	firstName: string;
	subject: string;
	content: string;
}

export function benchItems(count: number, tag: string): BenchItem[] {
	return Array.from({ length: count }, (_, index) => ({
		email: `bench.${tag}.${index}@example.com`,
		firstName: `Bench ${index}`,
		subject: `Bench ${tag} ${index}`,
		content: `<p>Bulk import item ${index}</p>`,
	}));
}

const credentials = { libredeskApi: BENCH_CREDENTIAL };

interface WorkNode {
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}

function workflow(id: string, work?: WorkNode): Workflow {
	const nodes: WorkflowNode[] = [
		{
			id: `${id}-hook`,
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: `${id}-hook`,
			parameters: {
				httpMethod: 'POST',
				path: id.toLowerCase(),
				responseMode: 'lastNode',
				responseData: 'noData',
				options: {},
			},
		},
		{
			id: `${id}-split`,
			name: 'Split Out',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [220, 0],
			parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} },
		},
	];
	const connections: Record<string, unknown> = {
		Webhook: { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
	};
	if (work) {
		nodes.push({ ...work, id: `${id}-work`, name: WORK_NODE, position: [440, 0] });
		connections['Split Out'] = { main: [[{ node: WORK_NODE, type: 'main', index: 0 }]] };
	}
	return {
		id,
		name: `Bench ${id}`,
		active: true,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** Webhook → Split Out, nothing else: what every run costs besides the work node. */
export function baselineWorkflow(): Workflow {
	return workflow('benchBaseline001');
}

/** The Libredesk node's "Requests in Parallel": Auto (the default of a new node) or a fixed number. */
export type Parallel = 'auto' | number;

export const parallelLabel = (parallel: Parallel) =>
	parallel === 'auto' ? 'Auto (default)' : `${parallel} in parallel`;

/** Conversation → Create at the node's newest version; Auto leaves "Requests in Parallel" unset. */
export function libredeskCreateWorkflow(parallel: Parallel, inboxId = '1'): Workflow {
	const id = parallel === 'auto' ? 'Auto' : `P${String(parallel).padStart(2, '0')}`;
	return workflow(`benchLdCreate${id}`, {
		type: 'n8n-nodes-libredesk.libredesk',
		typeVersion: 1.1,
		credentials,
		parameters: {
			resource: 'conversation',
			operation: 'create',
			inboxId: { __rl: true, mode: 'id', value: inboxId },
			contactEmail: '={{ $json.email }}',
			firstName: '={{ $json.firstName }}',
			subject: '={{ $json.subject }}',
			content: '={{ $json.content }}',
			initiator: 'contact',
			additionalFields: {},
			...(parallel === 'auto'
				? {}
				: { requestsInParallelMode: 'fixed', requestsInParallel: parallel }),
		},
	});
}

/** The same create with n8n's HTTP Request node at its defaults (no batching: all items at once). */
export function httpRequestCreateWorkflow(baseUrl: string, inboxId = '1'): Workflow {
	return workflow('benchHttpCreate1', {
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		credentials,
		parameters: {
			method: 'POST',
			url: `${baseUrl}/api/v1/conversations`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'libredeskApi',
			sendBody: true,
			specifyBody: 'json',
			jsonBody: `={{ JSON.stringify({ inbox_id: ${Number(inboxId)}, contact_email: $json.email, first_name: $json.firstName, subject: $json.subject, content: $json.content, initiator: "contact" }) }}`,
			options: {},
		},
	});
}

/** Conversation → Get Many with Return All. */
export function libredeskGetAllWorkflow(): Workflow {
	return workflow('benchLdGetAll001', {
		type: 'n8n-nodes-libredesk.libredesk',
		typeVersion: 1.1,
		credentials,
		parameters: {
			resource: 'conversation',
			operation: 'getAll',
			list: 'all',
			returnAll: true,
			simplify: false,
		},
	});
}
