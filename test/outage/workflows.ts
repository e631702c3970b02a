/**
 * The two workflows the outage test runs in n8n:
 * - no loss: examples/no-loss-triggers.json as a user imports it (the Libredesk Trigger with
 *   "Polling Trigger in This Workflow" on and the Libredesk Polling Trigger, every minute, into the
 *   Libredesk node's Event → Deduplicate), its last step replaced by the recorder;
 * - webhook alone: the example's Libredesk Trigger straight to the recorder, to show what it loses.
 * Both triggers subscribe to the four event families both can see.
 */
import type { Workflow, WorkflowNode } from '../../scripts/lib/workflows';
import { loadExample } from '../../scripts/lib/workflows';

/**
 * Each n8n gets workflows of its own IDs: the Libredesk Trigger finds its webhook in Libredesk by a
 * key made of the workflow, the node and the mode, so two n8n with the same workflow would take
 * over each other's webhook.
 */
export function workflowIds(mode: string) {
	const tag = mode === 'main' ? 'Main' : 'Queu';
	const digit = mode === 'main' ? '1' : '2';
	return {
		noLoss: `outage${tag}NoLoss`,
		webhookAlone: `outage${tag}Webhok`,
		webhookIds: [
			`6f1e2d3c-0001-4a5b-8c7d-0a000000000${digit}`,
			`6f1e2d3c-0002-4a5b-8c7d-0a000000000${digit}`,
		],
	};
}

const WEBHOOK_TRIGGER = 'Libredesk Trigger';
const POLL_TRIGGER = 'Libredesk Polling Trigger';
const DEDUPLICATE = 'Deduplicate';
const LAST_STEP = 'Each event once';

/** Posts each item with the set-up's tag (`<mode>/no-loss`, `<mode>/webhook-alone`) and the trigger that started the run. */
function recorderNode(recorderUrl: string, tag: string, via: string): WorkflowNode {
	return {
		id: `outage-record-${tag}`,
		name: 'Record',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [660, 0],
		parameters: {
			method: 'POST',
			url: recorderUrl,
			sendBody: true,
			specifyBody: 'json',
			jsonBody: `={{ JSON.stringify({ tag: '${tag}', via: ${via}, item: $json }) }}`,
			options: {},
		},
	};
}

function exampleNode(name: string): WorkflowNode {
	const node = loadExample('noLoss').nodes.find((candidate) => candidate.name === name);
	if (!node) throw new Error(`examples/no-loss-triggers.json has no node "${name}"`);
	return node;
}

/** The example's webhook trigger under this n8n's webhook ID. */
function webhookTrigger(webhookId: string, withPollingTrigger: boolean): WorkflowNode {
	const node = exampleNode(WEBHOOK_TRIGGER);
	const options = node.parameters.options as Record<string, unknown>;
	return {
		...node,
		id: `${webhookId}-node`,
		webhookId,
		parameters: { ...node.parameters, options: { ...options, withPollingTrigger } },
	};
}

const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });

export function noLossWorkflow(recorderUrl: string, mode: string): Workflow {
	const ids = workflowIds(mode);
	const example = loadExample('noLoss');
	if (!example.nodes.some((node) => node.name === LAST_STEP))
		throw new Error(`examples/no-loss-triggers.json has no node "${LAST_STEP}"`);
	return {
		...example,
		id: ids.noLoss,
		name: `Outage test (${mode}): ${example.name}`,
		nodes: [
			webhookTrigger(ids.webhookIds[0], true),
			exampleNode(POLL_TRIGGER),
			exampleNode(DEDUPLICATE),
			recorderNode(
				recorderUrl,
				`${mode}/no-loss`,
				`$('${POLL_TRIGGER}').isExecuted ? 'poll' : 'webhook'`,
			),
		],
		connections: {
			[WEBHOOK_TRIGGER]: link(DEDUPLICATE),
			[POLL_TRIGGER]: link(DEDUPLICATE),
			[DEDUPLICATE]: link('Record'),
		},
	};
}

export function webhookAloneWorkflow(recorderUrl: string, mode: string): Workflow {
	const ids = workflowIds(mode);
	return {
		id: ids.webhookAlone,
		name: `Outage test (${mode}): webhook trigger alone`,
		active: false,
		nodes: [
			webhookTrigger(ids.webhookIds[1], false),
			recorderNode(recorderUrl, `${mode}/webhook-alone`, `'webhook'`),
		],
		connections: { [WEBHOOK_TRIGGER]: link('Record') },
		settings: { executionOrder: 'v1' },
	};
}
