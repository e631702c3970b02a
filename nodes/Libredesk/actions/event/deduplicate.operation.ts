import type { ICheckProcessedOptions, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { OutputWithBinary } from '../operationTypes';
import type { OperationOutput } from '../operationTypes';
import { oncePerProcess } from './oncePerProcess';

const DEFAULT_HISTORY = 10000;

export const description: INodeProperties[] = [
	{
		displayName: 'Event ID',
		name: 'eventId',
		type: 'string',
		required: true,
		default: '={{ $json.event_id }}',
		description:
			"The key that tells one Libredesk event from another: the triggers' <code>event_id</code>, the same for an event whichever trigger fired it",
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'History Size',
				name: 'historySize',
				type: 'number',
				typeOptions: { minValue: 100 },
				default: DEFAULT_HISTORY,
				description:
					'How many event IDs to remember (the oldest are forgotten first). Keep it above the events of the longest n8n outage plus an hour.',
			},
		],
	},
];

interface Prepared {
	eventId: string;
	options: ICheckProcessedOptions;
}

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<Prepared> {
	const check = new InputChecker(this.getNode(), itemIndex);
	const eventId = check.requiredText(
		'Event ID',
		this.getNodeParameter('eventId', itemIndex),
		'Map the event_id of a Libredesk trigger: {{ $json.event_id }}.',
	);
	const { historySize } = this.getNodeParameter('options', itemIndex, {}) as {
		historySize?: number;
	};
	const maxEntries = historySize ?? DEFAULT_HISTORY;
	if (!Number.isInteger(maxEntries) || maxEntries < 100)
		throw check.fail(
			'History Size',
			`is ${String(historySize)}`,
			'Enter a whole number of at least 100.',
		);
	return { eventId, options: { mode: 'entries', maxEntries } };
}

/**
 * Records the key; passes the item on only the first time. A second check of a key just recorded
 * finds it, unless an n8n process of its own (a second queue-mode worker) wrote the history at the
 * same moment and dropped it: then it is recorded again.
 */
async function firstTime(this: IExecuteFunctions, prepared: Prepared): Promise<boolean> {
	const record = async () =>
		(await this.helpers.checkProcessedAndRecord([prepared.eventId], 'node', prepared.options)).new
			.length > 0;
	if (!(await record())) return false;
	for (let check = 0; check < 3; check++) if (!(await record())) break;
	return true;
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared: Prepared,
): Promise<OperationOutput[]> {
	if (!(await oncePerProcess(async () => await firstTime.call(this, prepared)))) return [];
	const item = this.getInputData()[itemIndex];
	return [item.binary ? new OutputWithBinary(item.json, item.binary) : item.json];
}
