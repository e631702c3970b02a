import type { ICheckProcessedOptions, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ExecutionCache } from '../../helpers/executionCache';
import { InputChecker } from '../../helpers/validation';
import { OutputWithBinary } from '../operationTypes';
import type { OperationOutput } from '../operationTypes';
import { oncePerProcess } from '../../concurrency';

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

/** Each execution's event IDs by item, filled by prepare(), so that send() checks them in one go. */
const runIds = new WeakMap<object, Array<string | undefined>>();
/** Which items of an execution pass: one check of n8n's history per execution. */
const verdicts = new ExecutionCache<'run', Set<number>>();

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
	let ids = runIds.get(this);
	if (!ids) runIds.set(this, (ids = []));
	ids[itemIndex] = eventId;
	return { eventId, options: { mode: 'entries', maxEntries } };
}

/**
 * Records the run's IDs in n8n's history and gives the items that pass: the first item of each ID
 * the history did not hold. A second check of the IDs just recorded finds them, unless an n8n
 * process of its own (a second queue-mode worker) wrote the history at the same moment and dropped
 * some: those are recorded again.
 */
async function firstItems(
	this: IExecuteFunctions,
	ids: Array<string | undefined>,
	options: ICheckProcessedOptions,
): Promise<Set<number>> {
	const firstItemOf = new Map<string, number>();
	ids.forEach((id, itemIndex) => {
		if (id !== undefined && !firstItemOf.has(id)) firstItemOf.set(id, itemIndex);
	});
	const record = async (keys: string[]) =>
		(await this.helpers.checkProcessedAndRecord(keys, 'node', options)).new.map(String);
	const fresh = await record([...firstItemOf.keys()]);
	// A run of more IDs than History Size forgets its own first ones: those are not checked again.
	let dropped = fresh.slice(-(options.maxEntries ?? fresh.length));
	try {
		for (let check = 0; check < 3 && dropped.length > 0; check++) dropped = await record(dropped);
	} catch (error) {
		// The IDs are recorded: failing the run now would lose these events for good.
		this.logger.warn(
			`Deduplicate "${this.getNode().name}" could not check its history again after recording: ${(error as Error).message}`,
		);
	}
	return new Set(fresh.map((id) => firstItemOf.get(id) as number));
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared: Prepared,
): Promise<OperationOutput[]> {
	const ids = runIds.get(this) ?? [];
	const passing = await verdicts.get(
		this,
		'run',
		async () =>
			await oncePerProcess(async () => await firstItems.call(this, ids, prepared.options)),
	);
	if (!passing.has(itemIndex)) return [];
	const item = this.getInputData()[itemIndex];
	return [item.binary ? new OutputWithBinary(item.json, item.binary) : item.json];
}
