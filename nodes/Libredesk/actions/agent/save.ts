/**
 * Libredesk's agent update replaces every field: `enabled` left out disables the agent, teams or
 * roles left out are removed, and an empty availability is a 500. The node reads the agent first
 * and sends its current values for every field the user did not change.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { answerList, answerTexts, libredeskApiRequest } from '../../transport';
import type { LibredeskRequest } from '../../transport';
import { readRecord, recordUrl } from '../shared/adminRecord';
import { AGENT } from './record';

export interface AgentChanges {
	first_name?: string;
	last_name?: string;
	email?: string;
	roles?: string[];
	teams?: string[];
	enabled?: boolean;
	availability_status?: string;
}

const HINTS = {
	404: 'Libredesk has no agent with this ID (deleted agents and AI assistants do not count).',
	500: 'Libredesk refused the change: another agent may have taken the email meanwhile.',
};

export async function saveAgent(
	this: IExecuteFunctions,
	itemIndex: number,
	id: number,
	changes: AgentChanges,
): Promise<IDataObject> {
	const current = await readRecord.call(this, AGENT, id, itemIndex, HINTS);
	// Sent back as they are: a value Libredesk would not send must not reach its update.
	const read: LibredeskRequest = { method: 'GET', endpoint: recordUrl(AGENT, id), itemIndex };
	const node = this.getNode();
	const teams = answerList(node, read, current.teams, "the agent's teams");
	const body: IDataObject = {
		first_name: current.first_name,
		last_name: current.last_name ?? '',
		email: current.email,
		roles: answerTexts(node, read, current.roles, "the agent's roles"),
		teams: answerTexts(
			node,
			read,
			teams.map((team) => team.name),
			"the agent's team names",
		),
		enabled: current.enabled,
		availability_status: current.availability_status,
		...changes,
	};
	return (await libredeskApiRequest.call(this, {
		method: 'PUT',
		endpoint: recordUrl(AGENT, id),
		body,
		itemIndex,
		permission: AGENT.permission,
		hints: HINTS,
	})) as IDataObject;
}
