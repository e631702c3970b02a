import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { libredeskApiRequest, readConversation } from '../../transport';
import { conversationUuid } from '../../helpers/recordIds';
import { requireId } from '../../helpers/knownNames';
import { InputChecker } from '../../helpers/validation';
import { conversationLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';

export const description: INodeProperties[] = [
	conversationLocator(),
	{
		displayName: 'Assign To',
		name: 'assignTo',
		type: 'options',
		default: 'agent',
		options: [
			{
				name: 'Agent',
				value: 'agent',
				description: 'Make an agent responsible for the conversation',
			},
			{
				name: 'Team',
				value: 'team',
				description:
					"Move the conversation to a team's queue. Libredesk removes the assigned agent.",
			},
		],
	},
	{
		displayName: 'Agent Name or ID',
		name: 'agentId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAgents' },
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		displayOptions: { show: { assignTo: ['agent'] } },
	},
	{
		displayName: 'Team Name or ID',
		name: 'teamId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTeams' },
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		displayOptions: { show: { assignTo: ['team'] } },
	},
];

interface AssignRequest {
	uuid: string;
	kind: 'user' | 'team';
	id: number;
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<AssignRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const uuid = await conversationUuid.call(this, check, itemIndex);
	const assignTo = this.getNodeParameter('assignTo', itemIndex);
	if (assignTo === 'team') {
		const id = check.positiveInteger(
			'Team Name or ID',
			this.getNodeParameter('teamId', itemIndex),
			'Pick a team from the list, or enter its numeric ID.',
		);
		await requireId.call(this, check, 'Team Name or ID', '/teams/compact', id, itemIndex);
		return { uuid, kind: 'team', id };
	}
	// An expression must give one of the two values; anything else ("user", "") is not taken for Agent.
	if (assignTo !== 'agent')
		throw check.fail(
			'Assign To',
			`is ${JSON.stringify(assignTo)}`,
			'Choose Agent or Team (as an expression: "agent" or "team").',
		);
	const id = check.positiveInteger(
		'Agent Name or ID',
		this.getNodeParameter('agentId', itemIndex),
		'Pick an agent from the list, or enter its numeric ID.',
	);
	await requireId.call(this, check, 'Agent Name or ID', '/agents/compact', id, itemIndex);
	return { uuid, kind: 'user', id };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: AssignRequest,
): Promise<IDataObject> {
	await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: `/conversations/${request.uuid}/assignee/${request.kind}`,
		body: { assignee_id: request.id },
		itemIndex,
		permission:
			request.kind === 'team'
				? 'conversations:update_team_assignee'
				: 'conversations:update_user_assignee',
		hints:
			request.kind === 'user'
				? {
						500: 'Libredesk has no user with this agent ID (it answers an unknown ID with a 500). Pick the agent from the list.',
					}
				: undefined,
	});
	return await readAfterChange.call(this, `Libredesk assigned conversation ${request.uuid}`, () =>
		readConversation.call(this, request.uuid, itemIndex),
	);
}
