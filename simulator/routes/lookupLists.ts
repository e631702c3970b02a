/**
 * Read-only lists used for dropdowns and the credential test (docs/libredesk-api-notes.md,
 * "Authentication" and "Lookups for dropdowns").
 */
import { ok } from '../http';
import type { Route } from '../route';
import { agentMeJson, inboxJson, userRowJson } from '../serialize';

export const lookupRoutes: Route[] = [
	{ method: 'GET', path: '/health', guard: 'public', handle: () => ok(true) },
	{
		method: 'GET',
		path: '/api/v1/agents/me',
		guard: 'auth',
		handle: ({ state, user }) => {
			const apiKey = state.apiKeys.find((candidate) => candidate.userId === user.id)?.key ?? '';
			return ok(agentMeJson(state, user, apiKey));
		},
	},
	{
		method: 'GET',
		path: '/api/v1/inboxes',
		guard: 'auth',
		handle: ({ state }) => ok(state.inboxes.filter((inbox) => !inbox.deleted).map(inboxJson)),
	},
	{
		method: 'GET',
		path: '/api/v1/teams/compact',
		guard: 'auth',
		handle: ({ state }) =>
			ok(
				[...state.teams]
					.sort((a, b) => a.name.localeCompare(b.name))
					.map(({ id, name, emoji }) => ({ id, name, emoji })),
			),
	},
	{
		method: 'GET',
		path: '/api/v1/agents/compact',
		guard: 'auth',
		// Includes disabled agents and AI assistants, as Libredesk does (GetAgentsCompact).
		handle: ({ state }) =>
			ok(
				state.users
					.filter((user) => user.type === 'agent' || user.type === 'ai_assistant')
					.map(userRowJson),
			),
	},
	{
		method: 'GET',
		path: '/api/v1/statuses',
		guard: 'auth',
		handle: ({ state }) => ok(state.statuses.map((s) => ({ ...s }))),
	},
	{
		method: 'GET',
		path: '/api/v1/priorities',
		guard: 'auth',
		handle: ({ state }) => ok(state.priorities.map((p) => ({ ...p }))),
	},
	{
		method: 'GET',
		path: '/api/v1/tags',
		guard: 'auth',
		// ORDER BY name (get-all-tags).
		handle: ({ state }) =>
			ok([...state.tags].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ ...t }))),
	},
];
