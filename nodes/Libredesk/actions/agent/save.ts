/**
 * Libredesk's agent update replaces every field: `enabled` left out disables the agent, teams or
 * roles left out are removed, and an empty availability is a 500. The node reads the agent first
 * and sends its current values for every field the user did not change.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { libredeskApiRequest } from '../../transport';
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
	const teams = (current.teams as Array<{ name: string }> | null) ?? [];
	const body: IDataObject = {
		first_name: current.first_name,
		last_name: current.last_name ?? '',
		email: current.email,
		roles: (current.roles as string[] | null) ?? [],
		teams: teams.map((team) => team.name),
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
