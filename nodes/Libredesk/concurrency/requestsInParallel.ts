import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** Measured with `npm run bench` (docs/performance.md). */
export const DEFAULT_REQUESTS_IN_PARALLEL = 50;
export const MAX_REQUESTS_IN_PARALLEL = 50;
/** Where Auto starts (adaptiveLimit.ts). */
export const AUTO_START = 2;
/** The node version from which Auto is the default; version 1 keeps its fixed 50. */
export const AUTO_SINCE_VERSION = 1.1;

const mode: INodeProperties = {
	displayName: 'Requests in Parallel',
	name: 'requestsInParallelMode',
	type: 'options',
	noDataExpression: true,
	isNodeSetting: true,
	options: [
		{
			name: 'Auto',
			value: 'auto',
			description: `Start with ${AUTO_START} and add more while that gets more answered a second; fewer when Libredesk answers fewer or asks to wait (at most ${MAX_REQUESTS_IN_PARALLEL})`,
		},
		{
			name: 'Fixed Number',
			value: 'fixed',
			description: 'Always the same number at a time, set below',
		},
	],
	default: 'auto',
	description:
		'How many items are sent to Libredesk at the same time. Output keeps the input order either way.',
};

/**
 * One setting for every operation, in the node's Settings tab (like n8n's own Retry On Fail), so
 * no operation's parameters grow. Workflows saved without it get their version's default: a node
 * of version 1 keeps the fixed number it always had (50 unless set), newer nodes start at Auto.
 */
export const requestsInParallelSettings: INodeProperties[] = [
	{ ...mode, default: 'fixed', displayOptions: { show: { '@version': [1] } } },
	{
		...mode,
		default: 'auto',
		displayOptions: { show: { '@version': [{ _cnd: { gte: AUTO_SINCE_VERSION } }] } },
	},
	{
		displayName: 'Number in Parallel',
		name: 'requestsInParallel',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_REQUESTS_IN_PARALLEL, numberPrecision: 0 },
		default: DEFAULT_REQUESTS_IN_PARALLEL,
		isNodeSetting: true,
		displayOptions: { show: { requestsInParallelMode: ['fixed'] } },
		description:
			'1 sends one item after another; lower it if Libredesk answers "Rate limit exceeded" or slows down for its agents',
	},
];

/** The fixed number of items to send at a time, or 'auto'. */
export function readRequestsInParallel(this: IExecuteFunctions): number | 'auto' {
	const versionDefault = this.getNode().typeVersion >= AUTO_SINCE_VERSION ? 'auto' : 'fixed';
	const chosen = this.getNodeParameter(mode.name, 0, versionDefault);
	if (chosen === 'auto') return 'auto';
	if (chosen !== 'fixed') {
		throw new NodeOperationError(
			this.getNode(),
			`The "Requests in Parallel" setting is ${JSON.stringify(chosen)}`,
			{ description: "Pick Auto or Fixed Number in the node's Settings." },
		);
	}
	const value = this.getNodeParameter('requestsInParallel', 0, DEFAULT_REQUESTS_IN_PARALLEL);
	if (
		typeof value !== 'number' ||
		!Number.isInteger(value) ||
		value < 1 ||
		value > MAX_REQUESTS_IN_PARALLEL
	) {
		throw new NodeOperationError(
			this.getNode(),
			`The "Requests in Parallel" number is ${JSON.stringify(value)}`,
			{
				description: `Set "Number in Parallel" to a whole number from 1 to ${MAX_REQUESTS_IN_PARALLEL} in the node's Settings (default ${DEFAULT_REQUESTS_IN_PARALLEL}), or pick Auto.`,
			},
		);
	}
	return value;
}
