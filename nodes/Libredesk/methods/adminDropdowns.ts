/**
 * Dropdowns of the admin resources: pickers by ID (all agents, disabled ones too, since an admin
 * may want to re-enable or delete one) and the role and team names an agent is given.
 */
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { libredeskList } from '../transport';

type Row = { id: number; name?: string; emoji?: string | null } & Record<string, unknown>;

async function rows(
	context: ILoadOptionsFunctions,
	endpoint: string,
	qs?: IDataObject,
): Promise<Row[]> {
	return (await libredeskList.call(context, { method: 'GET', endpoint, qs })) as Row[];
}

function found(
	records: Array<{ name: string; value: string }>,
	filter?: string,
): INodeListSearchResult {
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: records
			.filter((record) => needle === '' || record.name.toLowerCase().includes(needle))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}

const byName = (list: Row[]) =>
	list.map((row) => ({ name: String(row.name ?? row.id), value: String(row.id) }));

export async function searchTags(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return found(byName(await rows(this, '/tags')), filter);
}

export async function searchTeams(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return found(byName(await rows(this, '/teams/compact')), filter);
}

export async function searchMacros(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return found(byName(await rows(this, '/macros')), filter);
}

export async function searchStatuses(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return found(byName(await rows(this, '/statuses')), filter);
}

/** Definitions of both kinds, each marked with its key and kind. */
export async function searchCustomAttributes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return found(
		(await rows(this, '/custom-attributes')).map((attribute) => ({
			name: `${String(attribute.name)} (${String(attribute.applies_to)}: ${String(attribute.key)})`,
			value: String(attribute.id),
		})),
		filter,
	);
}

export async function searchSlaPolicies(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return found(byName(await rows(this, '/sla')), filter);
}

export async function searchBusinessHours(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return found(byName(await rows(this, '/business-hours')), filter);
}

const disabledMark = (row: Row) => (row.enabled === false ? ' (disabled)' : '');

/** Every inbox, disabled ones marked: Enable and Disable need them all. */
export async function searchAllInboxes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const inboxes = await rows(this, '/inboxes');
	return found(
		inboxes.map((inbox) => ({
			name: `${String(inbox.name)} (${String(inbox.channel)})${disabledMark(inbox)}`,
			value: String(inbox.id),
		})),
		filter,
	);
}

/** Libredesk lists rules one type at a time: all three types, the type and disabled ones marked. */
export async function searchAutomationRules(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const rules: Array<{ name: string; value: string }> = [];
	for (const type of ['new_conversation', 'conversation_update', 'time_trigger']) {
		for (const rule of await rows(this, '/automations/rules', { type }))
			rules.push({
				name: `${String(rule.name)} (${type.replace(/_/g, ' ')})${disabledMark(rule)}`,
				value: String(rule.id),
			});
	}
	return found(rules, filter);
}

/** Agents only (no AI assistants, which Libredesk manages elsewhere), disabled ones marked. */
export async function searchAgents(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const agents = (await rows(this, '/agents/compact')).filter((agent) => agent.type === 'agent');
	return found(
		agents.map((agent) => {
			const name = [agent.first_name, agent.last_name].filter(Boolean).join(' ');
			return {
				name: `${name} <${String(agent.email)}>${agent.enabled === true ? '' : ' (disabled)'}`,
				value: String(agent.id),
			};
		}),
		filter,
	);
}

async function names(
	context: ILoadOptionsFunctions,
	endpoint: string,
): Promise<INodePropertyOptions[]> {
	return (await rows(context, endpoint))
		.map((row) => ({ name: String(row.name), value: String(row.name) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Agents are given roles and teams by name. */
export async function getRoleNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await names(this, '/roles');
}

export async function getTeamNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await names(this, '/teams/compact');
}
