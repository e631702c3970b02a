/**
 * Automation rules (cmd/automation.go, internal/automation). Everything needs automations:manage.
 * The list is of one `type` (no type lists nothing), ordered by weight. Get of a missing rule is a
 * 400 "Rule not found"; toggle flips `enabled` and answers the rule, a missing ID is a bare 500;
 * delete of a missing ID answers success.
 */
import { errors, ok } from '../http';
import type { AutomationRule } from '../adminSettings';
import { decodeJsonBody, pathNumber } from '../route';
import type { Route } from '../route';
import type { Json } from '../state';

const ruleJson = (rule: AutomationRule) => ({ ...rule, events: [...rule.events] });

export const automationRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/automations/rules',
		guard: 'automations:manage',
		handle: ({ state, query }) =>
			ok(
				state.automationRules
					.filter((rule) => rule.type === query.get('type'))
					.sort((a, b) => a.weight - b.weight)
					.map(ruleJson),
			),
	},
	{
		method: 'GET',
		path: '/api/v1/automations/rules/:id',
		guard: 'automations:manage',
		handle: (ctx) => {
			const rule = ctx.state.automationRules.find((candidate) => candidate.id === pathNumber(ctx));
			return rule ? ok(ruleJson(rule)) : errors.input('Rule not found');
		},
	},
	{
		method: 'POST',
		path: '/api/v1/automations/rules',
		guard: 'automations:manage',
		handle: ({ state, req, body }) => {
			const decoded = decodeJsonBody(req, body, {
				name: 'string',
				description: 'string',
				type: 'string',
				events: 'stringArray',
			});
			if (!decoded.ok) return errors.input('Error parsing request');
			// `type` is free text in the schema: any value is stored.
			const given = decoded.value;
			const parsed = JSON.parse(body.toString('utf8')) as { rules?: Json };
			const at = state.now();
			const rule: AutomationRule = {
				id: state.nextId('automationRules'),
				created_at: at,
				updated_at: at,
				name: (given.name as string | undefined) ?? '',
				description: (given.description as string | undefined) ?? '',
				type: given.type as string,
				events: (given.events as string[] | undefined) ?? [],
				enabled: true,
				weight: 0,
				execution_mode: 'all',
				rules: parsed.rules ?? null,
			};
			state.automationRules.push(rule);
			return ok(ruleJson(rule));
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/automations/rules/:id/toggle',
		guard: 'automations:manage',
		handle: (ctx) => {
			const rule = ctx.state.automationRules.find((candidate) => candidate.id === pathNumber(ctx));
			if (!rule) return errors.general();
			Object.assign(rule, { enabled: !rule.enabled, updated_at: ctx.state.now() });
			return ok(ruleJson(rule));
		},
	},
	{
		method: 'DELETE',
		path: '/api/v1/automations/rules/:id',
		guard: 'automations:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id === 0) return errors.input('Something went wrong');
			ctx.state.automationRules = ctx.state.automationRules.filter((rule) => rule.id !== id);
			return ok(true);
		},
	},
];
