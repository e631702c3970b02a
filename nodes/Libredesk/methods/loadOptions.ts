import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { libredeskApiRequest } from '../transport';

interface Team {
	id: number;
	name: string;
	emoji?: string | null;
}

interface Agent {
	id: number;
	type: string;
	first_name: string;
	last_name?: string | null;
	email: string;
	enabled: boolean;
}

export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const teams = (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: '/teams/compact',
	})) as Team[] | null;
	return (teams ?? []).map((team) => ({ name: team.name, value: team.id }));
}

/** The compact list also holds disabled agents and AI assistants; neither should get conversations. */
export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const agents = (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: '/agents/compact',
	})) as Agent[] | null;
	return (agents ?? [])
		.filter((agent) => agent.enabled && agent.type === 'agent')
		.map((agent) => ({
			name: [agent.first_name, agent.last_name].filter(Boolean).join(' ') || agent.email,
			value: agent.id,
			description: agent.email,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
