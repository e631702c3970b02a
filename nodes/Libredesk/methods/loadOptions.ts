import { NodeApiError } from 'n8n-workflow';
import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { isRecord, libredeskList } from '../transport';

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
	const teams = (await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/teams/compact',
	})) as unknown as Team[];
	return teams.map((team) => ({ name: String(team.name), value: team.id }));
}

/** The compact list also holds disabled agents and AI assistants; neither should get conversations. */
export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const agents = (await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/agents/compact',
	})) as unknown as Agent[];
	return agents
		.filter((agent) => agent.enabled && agent.type === 'agent')
		.map((agent) => ({
			name: [agent.first_name, agent.last_name].filter(Boolean).join(' ') || String(agent.email),
			value: agent.id,
			description: agent.email,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

async function named(
	context: ILoadOptionsFunctions,
	endpoint: '/priorities' | '/tags',
): Promise<INodePropertyOptions[]> {
	const records = (await libredeskList.call(context, { method: 'GET', endpoint })) as Array<{
		name: string;
	}>;
	return records.map((record) => ({ name: String(record.name), value: String(record.name) }));
}

/**
 * Statuses, priorities and tags are set by name in Libredesk, so their names are the values.
 * Statuses include the ones an admin added (Status → Create), each with its category.
 */
export async function getStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const statuses = await libredeskList.call(this, { method: 'GET', endpoint: '/statuses' });
	return statuses.map((status) => ({
		name: String(status.name),
		value: String(status.name),
		...(status.category ? { description: `Category: ${String(status.category)}` } : {}),
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
	const inboxes = (await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/inboxes',
	})) as unknown as Array<{ id: number; name: string; channel: string; enabled: boolean }>;
	return inboxes.map((inbox) => ({
		name: `${inbox.name}${inbox.enabled ? '' : ' (disabled)'}`,
		value: inbox.id,
		description: inbox.channel,
	}));
}

export async function getMacros(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const macros = (await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/macros',
	})) as unknown as Array<{ id: number; name: string; actions?: unknown }>;
	return macros
		.map((macro) => ({
			name: String(macro.name),
			value: macro.id,
			// Only a label: actions Libredesk would not send are left out of it, not refused.
			description: (Array.isArray(macro.actions) ? (macro.actions as unknown[]) : [])
				.map((action) => (isRecord(action) ? String(action.type).replace(/_/g, ' ') : ''))
				.filter(Boolean)
				.join(', '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The API key's own views (needs view:manage) and the views shared with it. */
export async function getViews(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	type View = { id: number; name: string; visibility: string };
	const shared = (await libredeskList.call(this, {
		method: 'GET',
		endpoint: '/views/shared',
	})) as unknown as View[];
	// Without view:manage the agent has no personal views to list (403); the shared ones remain.
	const own = (await libredeskList
		.call(this, { method: 'GET', endpoint: '/views/me' })
		.catch((error: unknown) => {
			if (error instanceof NodeApiError && error.httpCode === '403') return [];
			throw error;
		})) as unknown as View[];
	return [...own, ...shared].map((view) => ({
		name: String(view.name),
		value: view.id,
		description:
			view.visibility === 'user'
				? 'Personal view'
				: view.visibility === 'team'
					? 'Team view'
					: 'Shared with everyone',
	}));
}

export { getRoleNames, getTeamNames } from './adminDropdowns';
