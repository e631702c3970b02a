/**
 * Libredesk applies the actions sent in the request, not the stored macro (its UI sends the
 * macro's own), so the node reads the macro and sends its actions. The macro's reply text is not
 * sent: Libredesk's UI only puts it into the reply box; the output carries it for a Send Reply.
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationUuid } from '../../helpers/recordIds';
import { ExecutionCache } from '../../helpers/executionCache';
import { InputChecker } from '../../helpers/validation';
import { answerList, libredeskApiRequest, libredeskList, readConversation } from '../../transport';
import type { LibredeskRequest } from '../../transport';
import { conversationLocator } from '../shared/descriptions';
import { MACRO_ACTIONS } from '../macro/macroActions';
import { readAfterChange } from '../shared/readBack';

export const description: INodeProperties[] = [
	conversationLocator('The conversation to apply the macro to'),
	{
		displayName: 'Macro Name or ID',
		name: 'macroId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getMacros' },
		default: '',
		required: true,
		description:
			'The macro whose actions to run (assign, status, priority, tags). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

interface Macro {
	id: number;
	name: string;
	message_content?: string;
	actions?: Array<{ type: string; value: string[] }> | null;
}

interface ApplyRequest {
	uuid: string;
	macro: Macro;
	actions: Array<{ type: string; value: string[] }>;
}

/** Libredesk's macros, read once per execution however many items apply one. */
const macroLists = new ExecutionCache<'/macros', Macro[]>();

/** The macro and the actions to send, checked while the item is prepared (reads only). */
async function readMacro(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	macroId: number,
): Promise<Omit<ApplyRequest, 'uuid'>> {
	const listed: LibredeskRequest = { method: 'GET', endpoint: '/macros', itemIndex };
	const macros = await macroLists.get(
		this,
		'/macros',
		async () => (await libredeskList.call(this, listed)) as unknown as Macro[],
	);
	const macro = macros.find((candidate) => candidate.id === macroId);
	if (!macro) {
		throw check.fail(
			'Macro Name or ID',
			`is ${macroId}, which Libredesk does not have`,
			`Use one of: ${macros.map((candidate) => `${candidate.name} (${candidate.id})`).join(', ') || 'none; create macros in Libredesk under Admin → Macros'}.`,
		);
	}
	const actions = answerList(
		this.getNode(),
		listed,
		macro.actions,
		`the actions of macro ${macro.id}`,
	).map(({ type, value }) => ({ type: type as string, value: value as string[] }));
	const refused = actions
		.filter((action) => !MACRO_ACTIONS.includes(action.type))
		.map((action) => String(action.type));
	if (refused.length) {
		throw check.fail(
			'Macro Name or ID',
			`names macro "${macro.name}", whose actions Libredesk does not run from a macro: ${refused.join(', ')}`,
			'Edit the macro in Libredesk, or use the matching operation (e.g. Send Reply) instead.',
		);
	}
	return { macro, actions };
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<ApplyRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const macroId = check.positiveInteger(
		'Macro Name or ID',
		this.getNodeParameter('macroId', itemIndex),
		'Pick a macro from the list, or map its numeric ID.',
	);
	const uuid = await conversationUuid.call(this, check, itemIndex);
	return { uuid, ...(await readMacro.call(this, check, itemIndex, macroId)) };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: ApplyRequest,
): Promise<IDataObject> {
	const { macro, actions } = request;
	// A macro without actions changes nothing (and Libredesk cannot decode an empty body).
	if (!actions.length)
		return {
			...(await readConversation.call(this, request.uuid, itemIndex)),
			macro: { id: macro.id, name: macro.name, message_content: macro.message_content ?? '' },
		};
	const { statusCode } = (await libredeskApiRequest.call(this, {
		method: 'POST',
		endpoint: `/conversations/${request.uuid}/macros/${macro.id}/apply`,
		body: actions as unknown as IDataObject[],
		itemIndex,
		plainJson: true,
		hints: {
			403: "The API key's role lacks a permission one of the macro's actions needs (assign, status, priority or tags), or the conversation is not visible to the key's agent.",
			500: "None of the macro's actions could be applied: a team, agent, status or priority it names may have been deleted. Check the macro in Libredesk.",
		},
	})) as { statusCode: number };
	const conversation = await readAfterChange.call(
		this,
		statusCode === 207
			? `Libredesk applied only some actions of macro "${macro.name}" to conversation ${request.uuid}`
			: `Libredesk applied macro "${macro.name}" to conversation ${request.uuid}`,
		() => readConversation.call(this, request.uuid, itemIndex),
	);
	if (statusCode === 207) {
		// Some actions ran: the conversation changed, so the item fails with what was already done.
		throw new NodeOperationError(
			this.getNode(),
			`Libredesk applied only some actions of macro "${macro.name}" [item ${itemIndex}]`,
			{
				itemIndex,
				description: `The conversation was changed already (now: status ${String(conversation.status)}, tags ${JSON.stringify(conversation.tags)}). An action names something Libredesk no longer has; check the macro before running the item again.`,
			},
		);
	}
	return {
		...conversation,
		macro: { id: macro.id, name: macro.name, message_content: macro.message_content ?? '' },
	};
}
