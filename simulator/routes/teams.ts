/**
 * Team administration (cmd/teams.go, internal/team). Create and Update store what they are given
 * (an empty name too): Update replaces every field, a value the schema refuses (an assignment type
 * other than "Round robin"/"Manual", a name over 140 characters, business hours or an SLA policy
 * that does not exist) is a 500, a taken name is 500 "Team already exists" on create and a plain 500
 * on update, Get of a missing team is 400 "Team not found", and Delete of one answers success.
 */
import { errors, ok } from '../http';
import type { SimResponse } from '../http';
import { decodeJsonBody, pathNumber, pgLength } from '../route';
import type { Route, RouteContext } from '../route';
import type { Team } from '../state';

type TeamFields = Omit<Team, 'id' | 'created_at' | 'updated_at'>;

const TEAM_BODY = {
	name: 'string',
	emoji: 'string',
	conversation_assignment_type: 'string',
	timezone: 'string',
	max_auto_assigned_conversations: 'int',
	business_hours_id: 'int',
	sla_policy_id: 'int',
} as const;

/** models.Team decoded as Go does (missing fields are zero), or the 400 of a body it cannot read. */
function teamFields(ctx: RouteContext): TeamFields | undefined {
	const decoded = decodeJsonBody(ctx.req, ctx.body, TEAM_BODY);
	if (!decoded.ok) return undefined;
	const body = decoded.value;
	const text = (key: string) => (body[key] as string | undefined) ?? '';
	const id = (key: string) => (body[key] as number | undefined) ?? null;
	return {
		name: text('name'),
		emoji: text('emoji'),
		conversation_assignment_type: text(
			'conversation_assignment_type',
		) as Team['conversation_assignment_type'],
		timezone: text('timezone'),
		max_auto_assigned_conversations:
			(body.max_auto_assigned_conversations as number | undefined) ?? 0,
		business_hours_id: id('business_hours_id'),
		sla_policy_id: id('sla_policy_id'),
	};
}

/** What the teams table's constraints refuse; the simulator has no business hours or SLA policies. */
function refusedBySchema(fields: TeamFields): boolean {
	return (
		!['Round robin', 'Manual'].includes(fields.conversation_assignment_type) ||
		pgLength(fields.name) > 140 ||
		pgLength(fields.emoji ?? '') > 50 ||
		pgLength(fields.timezone) > 140 ||
		fields.business_hours_id !== null ||
		fields.sla_policy_id !== null
	);
}

function withTeamId(handler: (ctx: RouteContext, id: number) => SimResponse) {
	return (ctx: RouteContext) => {
		const id = pathNumber(ctx);
		return id < 1 ? errors.input('Something went wrong') : handler(ctx, id);
	};
}

export const teamRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/teams',
		guard: 'teams:manage',
		handle: ({ state }) =>
			ok(
				[...state.teams]
					.sort((a, b) => b.updated_at.localeCompare(a.updated_at))
					.map((team) => ({ ...team })),
			),
	},
	{
		method: 'GET',
		path: '/api/v1/teams/:id',
		guard: 'teams:manage',
		handle: withTeamId((ctx, id) => {
			const team = ctx.state.teams.find((candidate) => candidate.id === id);
			return team ? ok({ ...team }) : errors.input('Team not found');
		}),
	},
	{
		method: 'POST',
		path: '/api/v1/teams',
		guard: 'teams:manage',
		handle: (ctx) => {
			const fields = teamFields(ctx);
			if (!fields) return errors.input('Error parsing request');
			if (ctx.state.teams.some((team) => team.name === fields.name))
				return errors.general(500, 'Team already exists');
			if (refusedBySchema(fields)) return errors.general();
			return ok({ ...ctx.state.addTeam(fields) });
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/teams/:id',
		guard: 'teams:manage',
		handle: withTeamId((ctx, id) => {
			const fields = teamFields(ctx);
			if (!fields) return errors.input('Error parsing request');
			const team = ctx.state.teams.find((candidate) => candidate.id === id);
			const taken = ctx.state.teams.some((other) => other.id !== id && other.name === fields.name);
			if (!team || taken || refusedBySchema(fields)) return errors.general();
			Object.assign(team, fields, { updated_at: ctx.state.now() });
			return ok({ ...team });
		}),
	},
	{
		method: 'DELETE',
		path: '/api/v1/teams/:id',
		guard: 'teams:manage',
		handle: withTeamId((ctx, id) => {
			const { state } = ctx;
			state.teams = state.teams.filter((team) => team.id !== id);
			for (const user of state.users) user.teams = user.teams.filter((team) => team !== id);
			for (const conversation of state.conversations)
				if (conversation.assigned_team_id === id) conversation.assigned_team_id = null;
			return ok(true);
		}),
	},
];
