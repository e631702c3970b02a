/**
 * Runs the Libredesk Polling Trigger through n8n-core's PollContext, as n8n's poll job does: a
 * real Workflow whose static data the node reads and writes. `restart()` is what n8n does across
 * a restart: it saves the workflow's static data and builds the workflow again from it.
 */
import { PollContext } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type { IDataObject, INode, INodeParameters, WorkflowExecuteMode } from 'n8n-workflow';

import { LibredeskPollTrigger } from '../../nodes/LibredeskPollTrigger/LibredeskPollTrigger.node';
import { POLL_TRIGGER_TYPE, additionalData, nodeTypes } from './n8n';
import type { LibredeskCredentialData } from './n8n';

export interface PollRig {
	/** A PollContext of an active workflow, to call the trigger's own functions with. */
	context(mode?: WorkflowExecuteMode, budgetMs?: number): PollContext;
	/** One poll; the items it emitted (none when poll() answered null). */
	poll(mode?: WorkflowExecuteMode, budgetMs?: number): Promise<IDataObject[]>;
	/** The workflow's static data as n8n would save it. */
	saved(): IDataObject;
	/** A new workflow built from the saved static data, as after a restart of n8n. */
	restart(): void;
}

let processes = 0;

export function startPollRig(
	parameters: INodeParameters,
	credentials: LibredeskCredentialData,
): PollRig {
	const node: INode = {
		id: 'poll-node',
		name: 'Libredesk Polling Trigger',
		type: POLL_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { libredeskApi: { id: 'cred-1', name: 'Libredesk account' } },
	};
	const build = (staticData: IDataObject) =>
		new Workflow({
			// Each rig, and each restart, is an n8n process of its own.
			id: `wf-poll-${++processes}`,
			name: 'Polling',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: nodeTypes(),
			staticData,
		});
	let workflow = build({});
	const saved = () => JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
	const context = (mode: WorkflowExecuteMode = 'trigger', budgetMs?: number) =>
		new PollContext(
			workflow,
			node,
			additionalData(credentials),
			mode,
			mode === 'manual' ? 'manual' : 'activate',
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			budgetMs === undefined ? undefined : () => budgetMs,
		);
	return {
		context,
		async poll(mode = 'trigger', budgetMs) {
			const output = await new LibredeskPollTrigger().poll.call(context(mode, budgetMs));
			return (output?.[0] ?? []).map((item) => item.json);
		},
		saved,
		restart() {
			workflow = build(saved());
		},
	};
}
