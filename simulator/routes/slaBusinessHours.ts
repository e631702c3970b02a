/**
 * SLA policies (cmd/sla.go) and business hours (cmd/business_hours.go): any key lists them, one by
 * ID needs sla:manage or business_hours:manage. A missing SLA is a 404 "SLA not found", missing
 * business hours a 404 "business hours not found"; an ID that is not a number (or 0) is a 400.
 */
import { errors, ok } from '../http';
import { pathNumber } from '../route';
import type { Route } from '../route';

const newestFirst = <T extends { updated_at: string }>(records: T[]) =>
	[...records].sort((a, b) => b.updated_at.localeCompare(a.updated_at));

export const slaBusinessHoursRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/sla',
		guard: 'auth',
		handle: ({ state }) => ok(newestFirst(state.slaPolicies).map((policy) => ({ ...policy }))),
	},
	{
		method: 'GET',
		path: '/api/v1/sla/:id',
		guard: 'sla:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id === 0) return errors.input('Something went wrong');
			const policy = ctx.state.slaPolicies.find((candidate) => candidate.id === id);
			return policy ? ok({ ...policy }) : errors.notFound('SLA not found');
		},
	},
	{
		method: 'GET',
		path: '/api/v1/business-hours',
		guard: 'auth',
		handle: ({ state }) => ok(newestFirst(state.businessHours).map((hours) => ({ ...hours }))),
	},
	{
		method: 'GET',
		path: '/api/v1/business-hours/:id',
		guard: 'business_hours:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id === 0) return errors.input('Something went wrong');
			const hours = ctx.state.businessHours.find((candidate) => candidate.id === id);
			return hours ? ok({ ...hours }) : errors.notFound('business hours not found');
		},
	},
];
