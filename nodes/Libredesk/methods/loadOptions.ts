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

async function named(
	context: ILoadOptionsFunctions,
	endpoint: '/priorities' | '/tags',
): Promise<INodePropertyOptions[]> {
	const records = (await libredeskApiRequest.call(context, { method: 'GET', endpoint })) as Array<{
		name: string;
	}> | null;
	return (records ?? []).map((record) => ({ name: record.name, value: record.name }));
}

/**
 * Statuses, priorities and tags are set by name in Libredesk, so their names are the values.
 * Statuses include the ones an admin added (Status → Create), each with its category.
 */
export async function getStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const statuses = (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: '/statuses',
	})) as Array<{ name: string; category?: string }> | null;
	return (statuses ?? []).map((status) => ({
		name: status.name,
		value: status.name,
		...(status.category ? { description: `Category: ${status.category}` } : {}),
	}));
}

export async function getPriorities(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await named(this, '/priorities');
}

export async function getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await named(this, '/tags')).sort((a, b) => a.name.localeCompare(b.name));
}

/** Every inbox, for filtering lists (Create offers only enabled email inboxes). */
export async function getInboxes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const inboxes = (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: '/inboxes',
	})) as Array<{ id: number; name: string; channel: string; enabled: boolean }> | null;
	return (inboxes ?? []).map((inbox) => ({
		name: `${inbox.name}${inbox.enabled ? '' : ' (disabled)'}`,
		value: inbox.id,
		description: inbox.channel,
	}));
}

export async function getMacros(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const macros = (await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: '/macros',
	})) as Array<{ id: number; name: string; actions?: Array<{ type: string }> | null }> | null;
	return (macros ?? [])
		.map((macro) => ({
			name: macro.name,
			value: macro.id,
			description: (macro.actions ?? []).map((action) => action.type.replace(/_/g, ' ')).join(', '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The API key's own views (needs view:manage) and the views shared with it. */
export async function getViews(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	type View = { id: number; name: string; visibility: string };
	const shared = ((await libredeskApiRequest.call(this, {
		method: 'GET',
		endpoint: '/views/shared',
	})) ?? []) as View[];
	let own: View[] = [];
	try {
		own = ((await libredeskApiRequest.call(this, { method: 'GET', endpoint: '/views/me' })) ??
			[]) as View[];
	} catch {
		// Without view:manage the agent has no personal views to list; the shared ones remain.
	}
	return [...own, ...shared].map((view) => ({
		name: view.name,
		value: view.id,
		description:
			view.visibility === 'user'
				? 'Personal view'
				: view.visibility === 'team'
					? 'Team view'
					: 'Shared with everyone',
	}));
}

export { getRoleNames, getTeamNames } from './adminLists';
