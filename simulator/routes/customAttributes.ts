/**
 * Custom attribute definitions, one by one (cmd/custom_attributes.go, internal/custom_attribute).
 * All need custom_attributes:manage. Create and update check, in this order, that name,
 * applies_to, data_type (named "`type`"), description and key are not empty and that the key is not
 * a built-in field; a key taken for the same applies_to is a 400 on create. Update changes
 * applies_to, name, description, values, regex and hint (not key or type); a missing ID is a bare
 * 500 there, a 404 on get, and success on delete. Without `values` both are a bare 500 (Go's nil
 * slice is NULL, which the column refuses); any `applies_to`, `data_type` and key are stored.
 */
import { errors, ok } from '../http';
import type { SimResponse } from '../http';
import { decodeJsonBody, pathNumber } from '../route';
import type { Route, RouteContext } from '../route';
import type { SimState } from '../state';

type Definition = SimState['customAttributes'][number];

const DISALLOWED_KEYS = [
	'contact_email',
	'content',
	'subject',
	'status',
	'priority',
	'assigned_team',
	'assigned_user',
	'hours_since_created',
	'hours_since_first_reply',
	'hours_since_last_reply',
	'hours_since_resolved',
	'inbox',
];

/** models.CustomAttribute as Libredesk writes it. */
export function definitionJson(attribute: Definition, at: string) {
	return {
		id: attribute.id,
		created_at: attribute.created_at ?? at,
		updated_at: attribute.updated_at ?? at,
		name: attribute.name,
		description: attribute.description ?? '',
		applies_to: attribute.applies_to,
		key: attribute.key,
		values: [...(attribute.values ?? [])],
		data_type: attribute.data_type,
		regex: attribute.regex ?? '',
		regex_hint: attribute.regex_hint ?? '',
	};
}

type Body = Required<Omit<Definition, 'id' | 'created_at' | 'updated_at'>>;

function definitionBody(ctx: RouteContext): Body | { response: SimResponse } {
	const decoded = decodeJsonBody(ctx.req, ctx.body, {
		name: 'string',
		applies_to: 'string',
		data_type: 'string',
		description: 'string',
		key: 'string',
		values: 'stringArray',
		regex: 'string',
		regex_hint: 'string',
	});
	if (!decoded.ok) return { response: errors.input('Error parsing request') };
	const text = (name: string) => (decoded.value[name] as string | undefined) ?? '';
	for (const [field, label] of [
		['name', 'name'],
		['applies_to', 'applies_to'],
		['data_type', 'type'],
		['description', 'description'],
		['key', 'key'],
	])
		if (text(field) === '') return { response: errors.input(`\`${label}\` empty`) };
	if (DISALLOWED_KEYS.includes(text('key')))
		return {
			response: errors.input(
				'The provided key is not allowed as it conflicts with default attributes. Please use a different key.',
			),
		};
	if (decoded.value.values === undefined) return { response: errors.general() };
	return {
		name: text('name'),
		applies_to: text('applies_to') as Definition['applies_to'],
		data_type: text('data_type'),
		description: text('description'),
		key: text('key'),
		values: decoded.value.values as string[],
		regex: text('regex'),
		regex_hint: text('regex_hint'),
	};
}

const find = (ctx: RouteContext) =>
	ctx.state.customAttributes.find((attribute) => attribute.id === pathNumber(ctx));

export const customAttributeRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/v1/custom-attributes/:id',
		guard: 'custom_attributes:manage',
		handle: (ctx) => {
			if (pathNumber(ctx) <= 0) return errors.input('Something went wrong');
			const attribute = find(ctx);
			return attribute
				? ok(definitionJson(attribute, ctx.state.now()))
				: errors.notFound('Custom attribute not found');
		},
	},
	{
		method: 'POST',
		path: '/api/v1/custom-attributes',
		guard: 'custom_attributes:manage',
		handle: (ctx) => {
			const body = definitionBody(ctx);
			if ('response' in body) return body.response;
			const { state } = ctx;
			if (
				state.customAttributes.some(
					(other) => other.key === body.key && other.applies_to === body.applies_to,
				)
			)
				return errors.input('Custom attribute already exists');
			const at = state.now();
			const attribute: Definition = {
				id: state.nextId('ca'),
				created_at: at,
				updated_at: at,
				...body,
			};
			state.customAttributes.push(attribute);
			return ok(definitionJson(attribute, at));
		},
	},
	{
		method: 'PUT',
		path: '/api/v1/custom-attributes/:id',
		guard: 'custom_attributes:manage',
		handle: (ctx) => {
			if (pathNumber(ctx) <= 0) return errors.input('Something went wrong');
			const body = definitionBody(ctx);
			if ('response' in body) return body.response;
			const attribute = find(ctx);
			if (!attribute) return errors.general();
			// The key and the type cannot change.
			const changed = Object.fromEntries(
				Object.entries(body).filter(([name]) => name !== 'key' && name !== 'data_type'),
			);
			Object.assign(attribute, changed, { updated_at: ctx.state.now() });
			return ok(definitionJson(attribute, ctx.state.now()));
		},
	},
	{
		method: 'DELETE',
		path: '/api/v1/custom-attributes/:id',
		guard: 'custom_attributes:manage',
		handle: (ctx) => {
			const id = pathNumber(ctx);
			if (id <= 0) return errors.input('Something went wrong');
			ctx.state.customAttributes = ctx.state.customAttributes.filter(
				(attribute) => attribute.id !== id,
			);
			return ok(true);
		},
	},
];
