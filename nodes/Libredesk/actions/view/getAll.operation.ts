/**
 * The saved views the API key's agent can use: its personal views (`/views/me`, needs view:manage)
 * and the views shared with everyone or with one of its teams (`/views/shared`). Both are plain
 * lists sorted by name.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { libredeskList } from '../../transport';
import { returnAllAndLimit } from '../shared/descriptions';
import { readLimit } from '../shared/limitAndOrder';

const SCOPES = ['all', 'personal', 'shared'] as const;
type Scope = (typeof SCOPES)[number];

export const description: INodeProperties[] = [
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		default: 'all',
		description: 'Which views to list',
		options: [
			{
				name: 'Personal',
				value: 'personal',
				description: "The API key's agent's own views (its role needs view:manage)",
			},
			{
				name: 'Personal and Shared',
				value: 'all',
				description: 'Personal views first, then shared ones',
			},
			{
				name: 'Shared',
				value: 'shared',
				description: "Views shared with everyone or with a team of the API key's agent",
			},
		],
	},
	...returnAllAndLimit(),
];

interface ViewListRequest {
	scope: Scope;
	limit?: number;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<ViewListRequest> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const scope = this.getNodeParameter('scope', itemIndex, 'all') as Scope;
	if (!SCOPES.includes(scope))
		throw check.fail(
			'Scope',
			`is ${JSON.stringify(scope) ?? 'empty'}`,
			'Use one of: personal, shared, all (personal and shared).',
		);
	return { scope, limit: readLimit.call(this, check, itemIndex) };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: ViewListRequest,
): Promise<IDataObject[]> {
	const views: IDataObject[] = [];
	if (request.scope !== 'shared')
		views.push(
			...(await libredeskList.call(this, {
				method: 'GET',
				endpoint: '/views/me',
				itemIndex,
				permission: 'view:manage',
				hints: {
					403: `The API key's role lacks view:manage, which Libredesk needs to list personal views: give the role view:manage${request.scope === 'all' ? ', or set Scope to Shared' : ''}.`,
				},
			})),
		);
	if (request.scope !== 'personal')
		views.push(
			...(await libredeskList.call(this, {
				method: 'GET',
				endpoint: '/views/shared',
				itemIndex,
			})),
		);
	return request.limit === undefined ? views : views.slice(0, request.limit);
}
