/**
 * The two workflows the outage test runs in n8n:
 * - no loss: the Libredesk Trigger (webhooks, "Polling Trigger in This Workflow" on) and the
 *   Libredesk Polling Trigger (every minute, n8n's shortest poll) both feed the Libredesk node's
 *   Event → Deduplicate on `event_id`, then the recorder;
 * - webhook alone: the Libredesk Trigger straight to the recorder, to show what it loses.
 * Both triggers subscribe to the four event families both can see.
 */
import type { Workflow } from '../../scripts/lib/workflows';
import { EXAMPLE_CREDENTIAL } from '../../scripts/lib/workflows';

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

const credentials = { libredeskApi: EXAMPLE_CREDENTIAL };
const WEBHOOK_EVENTS = [
	'conversation.created',
	'conversation.status_changed',
	'conversation.assigned',
	'message.created',
];
const POLL_EVENTS = [
	'conversation.created',
	'conversation.status_changed',
	'conversation.assignee_changed',
	'message.incoming',
];

function webhookTrigger(name: string, webhookId: string, x: number, withPollingTrigger: boolean) {
	return {
		id: `${webhookId}-node`,
		name,
		type: 'n8n-nodes-libredesk.libredeskTrigger',
		typeVersion: 1,
		position: [x, 0],
		webhookId,
		// Only customers' messages: the polling trigger sees no other kind.
		parameters: { events: WEBHOOK_EVENTS, options: { onlyIncoming: true, withPollingTrigger } },
		credentials,
	};
}

/** Posts each item with the set-up's tag (`<mode>/no-loss`, `<mode>/webhook-alone`) and the trigger that started the run. */
function recorderNode(recorderUrl: string, tag: string, via: string) {
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

export function noLossWorkflow(recorderUrl: string, mode: string): Workflow {
	const ids = workflowIds(mode);
	return {
		id: ids.noLoss,
		name: `Outage test (${mode}): webhook + polling trigger, Event → Deduplicate`,
		active: false,
		nodes: [
			webhookTrigger('Libredesk Trigger', ids.webhookIds[0], 0, true),
			{
				id: 'outage-poll-node',
				name: 'Libredesk Polling Trigger',
				type: 'n8n-nodes-libredesk.libredeskPollTrigger',
				typeVersion: 1,
				position: [0, 200],
				parameters: {
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					events: POLL_EVENTS,
					options: {},
				},
				credentials,
			},
			{
				id: 'outage-dedupe-node',
				name: 'Deduplicate',
				type: 'n8n-nodes-libredesk.libredesk',
				typeVersion: 1.2,
				position: [330, 100],
				parameters: { resource: 'event', operation: 'deduplicate' },
				credentials,
			},
			recorderNode(
				recorderUrl,
				`${mode}/no-loss`,
				`$('Libredesk Polling Trigger').isExecuted ? 'poll' : 'webhook'`,
			),
		],
		connections: {
			'Libredesk Trigger': { main: [[{ node: 'Deduplicate', type: 'main', index: 0 }]] },
			'Libredesk Polling Trigger': {
				main: [[{ node: 'Deduplicate', type: 'main', index: 0 }]],
			},
			Deduplicate: { main: [[{ node: 'Record', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

export function webhookAloneWorkflow(recorderUrl: string, mode: string): Workflow {
	const ids = workflowIds(mode);
	return {
		id: ids.webhookAlone,
		name: `Outage test (${mode}): webhook trigger alone`,
		active: false,
		nodes: [
			webhookTrigger('Libredesk Trigger', ids.webhookIds[1], 0, false),
			recorderNode(recorderUrl, `${mode}/webhook-alone`, `'webhook'`),
		],
		connections: {
			'Libredesk Trigger': { main: [[{ node: 'Record', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}
