/**
 * Agent administration (cmd/users.go, internal/user/agent.go) and the role list. Create and Update
 * check email, roles and first name, but go on after writing the 400 (see agentRequest). Roles and
 * teams are matched by name and unknown names are dropped: a create whose roles are all unknown
 * still creates the agent and then fails with a 500, as Libredesk's single INSERT … RETURNING finds
 * no role row. Update replaces every field: a missing `enabled` disables the agent, missing teams
 * or roles are removed, and an empty or unknown availability status is a 500. Delete is soft,
 * refuses the key's own agent, unassigns the agent's open conversations, and succeeds again for an
 * agent deleted already.
 */
import { isGoMailAddress } from '../goMail';
import { errors, fail, ok } from '../http';
import type { SimResponse } from '../http';
import { decodeJsonBody, pathNumber, pgLength } from '../route';
import type { Route, RouteContext } from '../route';
import { agentMeJson } from '../serialize';
import { ROLE_PERMISSIONS } from '../state';
import type { SimState, User } from '../state';

const AVAILABILITY = ['online', 'away', 'away_manual', 'offline', 'away_and_reassigning'];

const AGENT_BODY = {
	first_name: 'string',
	last_name: 'string',
	email: 'string',
	send_welcome_email: 'bool',
	teams: 'stringArray',
	roles: 'stringArray',
	enabled: 'bool',
	availability_status: 'string',
	new_password: 'string',
} as const;

interface AgentRequest {
	first_name: string;
	last_name: string;
	email: string;
	teams: string[];
	roles: string[];
	enabled: boolean;
	availability_status: string;
}

/** The full agent as GetAgent returns it (the API secret and password never leave Libredesk). */
function agentJson(state: SimState, user: User) {
	const key = state.apiKeys.find((candidate) => candidate.userId === user.id);
	return {
		...agentMeJson(state, user, key?.key ?? ''),
		api_key: key?.key ?? null,
		api_key_last_used_at: null,
	};
}

/**
 * agentReq decoded and checked like validateAgentRequest. Its refusal is written but not returned
 * (SendErrorEnvelope returns nil), so the handler goes on with the refused values: the answer is the
 * 400 envelope followed by whatever the create or update then answers, with that status.
 */
function agentRequest(
	ctx: RouteContext,
): { request: AgentRequest; refusal?: SimResponse } | { response: SimResponse } {
	const decoded = decodeJsonBody(ctx.req, ctx.body, AGENT_BODY);
	if (!decoded.ok) return { response: errors.input('Error parsing request') };
	const body = decoded.value;
	const request: AgentRequest = {
		first_name: (body.first_name as string | undefined) ?? '',
		last_name: (body.last_name as string | undefined) ?? '',
		email: ((body.email as string | undefined) ?? '').trim().toLowerCase(),
		teams: (body.teams as string[] | undefined) ?? [],
		roles: (body.roles as string[] | undefined) ?? [],
		enabled: body.enabled === true,
		availability_status: (body.availability_status as string | undefined) ?? '',
	};
	const refusal =
		request.email === ''
			? '`email` empty'
			: !isGoMailAddress(request.email)
				? 'Invalid email address'
				: body.roles === undefined
					? '`role` empty'
					: request.first_name === ''
						? '`first_name` empty'
						: undefined;
	return { request, ...(refusal ? { refusal: errors.input(refusal) } : {}) };
}

/** The refusal's envelope and then the handler's own answer, as fasthttp sends both. */
function afterRefusal(refusal: SimResponse | undefined, answer: SimResponse): SimResponse {
	if (!refusal) return answer;
	return {
		status: answer.status,
		body: JSON.stringify(refusal.body) + JSON.stringify(answer.body),
	};
}

function emailTaken(state: SimState, email: string, exceptId = 0): boolean {
	return state.users.some(
		(user) => user.type === 'agent' && user.id !== exceptId && user.email === email,
	);
}

const knownRoles = (names: string[]) => names.filter((name) => name in ROLE_PERMISSIONS);
const teamIds = (state: SimState, names: string[]) =>
	state.teams.filter((team) => names.includes(team.name)).map((team) => team.id);

function withAgentId(handler: (ctx: RouteContext, id: number) => SimResponse) {
	return (ctx: RouteContext) => {
		const id = pathNumber(ctx);
		return id <= 0 ? errors.input('Something went wrong') : handler(ctx, id);
	};
}

/** An agent or AI assistant, as GetAgent finds them. */
const findAgent = (state: SimState, id: number) =>
	state.users.find(
		(user) => user.id === id && (user.type === 'agent' || user.type === 'ai_assistant'),
	);

function createAgent(state: SimState, request: AgentRequest): SimResponse {
	if (emailTaken(state, request.email))
		return errors.general(500, 'User with same email already exists');
	if (pgLength(request.first_name) > 140 || pgLength(request.last_name) > 140)
		return errors.general();
	const roles = knownRoles(request.roles);
	const agent = state.addUser({
		type: 'agent',
		first_name: request.first_name,
		last_name: request.last_name,
		email: request.email,
		roles,
	});
	// One INSERT … RETURNING over the role rows: no known role, no row, a 500 after the insert.
	if (!roles.length) return errors.general();
	agent.teams = teamIds(state, request.teams);
	return ok(agentJson(state, agent));
}

function updateAgent(state: SimState, id: number, request: AgentRequest): SimResponse {
	const agent = findAgent(state, id);
	if (!agent) return errors.notFound('User not found');
	if (agent.type !== 'agent') return errors.notFound('Not found');
	if (emailTaken(state, request.email, id))
		return errors.general(500, 'User with same email already exists');
	if (!AVAILABILITY.includes(request.availability_status)) return errors.general();
	Object.assign(agent, {
		first_name: request.first_name,
		last_name: request.last_name,
		email: request.email,
		roles: knownRoles(request.roles),
		enabled: request.enabled,
		availability_status: request.availability_status,
		teams: teamIds(state, request.teams),
		updated_at: state.now(),
	});
	return ok(agentJson(state, agent));
}

export const agentRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/roles',
		guard: 'auth',
		handle: ({ state }) =>
			ok(
				Object.entries(ROLE_PERMISSIONS).map(([name, permissions], index) => ({
					id: index + 1,
					created_at: state.now(),
					updated_at: state.now(),
					name,
					description: '',
					permissions,
				})),
			),
	},
	{
		method: 'GET',
		path: '/api/v1/agents/:id',
		guard: 'users:manage',
		handle: withAgentId((ctx, id) => {
			const agent = findAgent(ctx.state, id);
			return agent ? ok(agentJson(ctx.state, agent)) : errors.notFound('User not found');
		}),
	},
	{
		method: 'POST',
		path: '/api/v1/agents',
		guard: 'users:manage',
		handle: (ctx) => {
			const read = agentRequest(ctx);
			if ('response' in read) return read.response;
			return afterRefusal(read.refusal, createAgent(ctx.state, read.request));
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/agents/:id',
		guard: 'users:manage',
		handle: withAgentId((ctx, id) => {
			const read = agentRequest(ctx);
			if ('response' in read) return read.response;
			return afterRefusal(read.refusal, updateAgent(ctx.state, id, read.request));
		}),
	},
	{
		method: 'DELETE',
		path: '/api/v1/agents/:id',
		guard: 'users:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id === 0) return errors.input('{globals.terms.user} `id` empty');
			if (id === ctx.user.id) return errors.input('You cannot delete yourself');
			const { state } = ctx;
			// soft-delete-agent does not skip deleted rows: deleting one twice succeeds.
			if (state.deletedUsers.some((user) => user.id === id)) return ok(true);
			const agent = state.users.find((user) => user.id === id && user.type === 'agent');
			if (!agent) return fail(404, 'Not found', 'NotFoundException');
			state.users = state.users.filter((user) => user !== agent);
			state.deletedUsers.push(agent);
			for (const conversation of state.conversations)
				if (
					conversation.assigned_user_id === id &&
					state.statusOf(conversation)?.category !== 'resolved'
				)
					conversation.assigned_user_id = null;
			return ok(true);
		},
	},
];
