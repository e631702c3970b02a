import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** Measured with `npm run bench` (README, Performance). */
export const DEFAULT_REQUESTS_IN_PARALLEL = 50;
export const MAX_REQUESTS_IN_PARALLEL = 50;

/**
 * One setting for every operation, in the node's Settings tab (like n8n's own Retry On Fail), so
 * no operation's parameters grow. Workflows saved without it get the default.
 */
export const requestsInParallel: INodeProperties = {
	displayName: 'Requests in Parallel',
	name: 'requestsInParallel',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_REQUESTS_IN_PARALLEL, numberPrecision: 0 },
	default: DEFAULT_REQUESTS_IN_PARALLEL,
	isNodeSetting: true,
	description:
		'How many items are sent to Libredesk at the same time. Output keeps the input order either way. 1 sends one item after another; lower it if Libredesk answers "Rate limit exceeded".',
};

export function readRequestsInParallel(this: IExecuteFunctions): number {
	const value = this.getNodeParameter(requestsInParallel.name, 0, DEFAULT_REQUESTS_IN_PARALLEL);
	if (
		typeof value !== 'number' ||
		!Number.isInteger(value) ||
		value < 1 ||
		value > MAX_REQUESTS_IN_PARALLEL
	) {
		throw new NodeOperationError(
			this.getNode(),
			`The "Requests in Parallel" setting is ${JSON.stringify(value)}`,
			{
				description: `Set it to a whole number from 1 to ${MAX_REQUESTS_IN_PARALLEL} in the node's Settings (default ${DEFAULT_REQUESTS_IN_PARALLEL}).`,
			},
		);
	}
	return value;
}
